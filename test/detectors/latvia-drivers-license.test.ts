import { describe, expect, it } from 'vitest';
import lvDl from '../../detectors/latvia-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'LATVIA_DRIVERS_LICENSE';
const engine = createEngine([lvDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit or structure of the number is published (Microsoft Purview's "Latvia driver's license number": three letters followed by six digits, no checksum),
// so these tests check the shape, the keyword rule and the overlap with the other licence detectors.
describe('latvia-drivers-license: shape', () => {
  it('takes exactly the documented shape', () => {
    expect(found(`vadītāja apliecība AKL482917`)).toEqual(['AKL482917']);
    expect(found(`vadītāja apliecība AKL 482917`)).toEqual(['AKL 482917']);
    expect(found(`vadītāja apliecība AKL4829171`)).toEqual([]);
    expect(found(`vadītāja apliecība AK482917`)).toEqual([]);
    expect(found(`vadītāja apliecība akl482917`)).toEqual([]);
    expect(found(`vadītāja apliecība AKL-482917`)).toEqual([]);
  });
  it('rejects one digit repeated and the placeholder', () => {
    expect(found(`vadītāja apliecība AKL000000`)).toEqual([]);
    expect(found(`vadītāja apliecība AKL999999`)).toEqual([]);
    expect(found(`vadītāja apliecība ABC123456`)).toEqual([]);
  });
});

describe('latvia-drivers-license: keywords', () => {
  it('finds the value next to the native keywords, with and without accents, in any case', () => {
    for (const k of ['Vadītāja apliecība', 'autovadītāja apliecības', 'AUTOVADĪTĀJA APLIECĪBA', 'vaditaja aplieciba:']) expect(found(`${k} AKL482917`)).toEqual(['AKL482917']);
  });
  it('takes the English keyword only when the country is named near', () => {
    expect(found("driver's licence AKL482917")).toEqual([]);
    expect(found(`Latvian driver's licence AKL482917`)).toEqual(['AKL482917']);
    expect(found(`driving licence (Latvija): AKL482917`)).toEqual(['AKL482917']);
  });
  it('is not found without a keyword', () => {
    expect(found('order AKL482917 shipped')).toEqual([]);
    expect(found('Latvian order AKL482917 shipped')).toEqual([]);
  });
});

describe('latvia-drivers-license: beside the US detectors', () => {
  const all = createEngine([lvDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword or the country named decides', () => {
    expect(types(`vadītāja apliecība AKL482917`)).toEqual([`AKL482917 ${TYPE}`]);
    // src/country-words.ts does not name Latvia (yet), so the US detector keeps the value too
    // when only an English keyword and the English country name stand near.
    expect(types(`Latvian driver's licence AKL482917`)).toContain(`AKL482917 ${TYPE}`);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types("driver's license AKL482917")).toEqual(['AKL482917 DRIVERS_LICENSE']);
  });
});

describe('latvia-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Vadītājs: Jānis Bērziņš, vadītāja apliecība AKL482917, derīga līdz 2031');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['AKL482917']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order AKL482917 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
