import { describe, expect, it } from 'vitest';
import luDl from '../../detectors/luxembourg-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'LUXEMBOURG_DRIVERS_LICENSE';
const engine = createEngine([luDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit or structure of the number is published (Microsoft Purview's "Luxemburg driver's license number": six digits without spaces and delimiters, no checksum),
// so these tests check the shape, the keyword rule and the overlap with the other licence detectors.
describe('luxembourg-drivers-license: shape', () => {
  it('takes exactly the documented shape', () => {
    expect(found(`Führerschäin 482917`)).toEqual(['482917']);
    expect(found(`Führerschäin 4829171`)).toEqual([]);
    expect(found(`Führerschäin 48291`)).toEqual([]);
    expect(found(`Führerschäin 9482917`)).toEqual([]);
    expect(found(`Führerschäin 482 917`)).toEqual([]);
  });
  it('rejects one digit repeated and the placeholder', () => {
    expect(found(`Führerschäin 000000`)).toEqual([]);
    expect(found(`Führerschäin 888888`)).toEqual([]);
    expect(found(`Führerschäin 123456`)).toEqual([]);
  });
});

describe('luxembourg-drivers-license: keywords', () => {
  it('finds the value next to the native keywords, with and without accents, in any case', () => {
    for (const k of ['Führerschäin', 'FÜHRERSCHÄIN', 'Fahrerlaubnis:', 'fuehrerschaein']) expect(found(`${k} 482917`)).toEqual(['482917']);
  });
  it('takes a French, German or English keyword only when the country is named near', () => {
    expect(found("driver's licence 482917")).toEqual([]);
    expect(found('permis de conduire 482917')).toEqual([]);
    expect(found('Führerschein 482917')).toEqual([]);
    expect(found(`Luxembourg driver's licence 482917`)).toEqual(['482917']);
    expect(found(`permis de conduire (Luxembourg): 482917`)).toEqual(['482917']);
    expect(found(`luxemburgischer Führerschein 482917`)).toEqual(['482917']);
  });
  it('is not found without a keyword', () => {
    expect(found('order 482917 shipped')).toEqual([]);
    expect(found('Luxembourg order 482917 shipped')).toEqual([]);
  });
});

describe('luxembourg-drivers-license: beside the US detectors', () => {
  const all = createEngine([luDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword or the country named decides', () => {
    expect(types(`Führerschäin 482917`)).toEqual([`482917 ${TYPE}`]);
    expect(types(`Luxembourg driver's licence 482917`)).toEqual([`482917 ${TYPE}`]);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types("driver's license 482917")).toEqual(['482917 DRIVERS_LICENSE']);
  });
});

describe('luxembourg-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Chauffeur: Jean Weber, Führerschäin Nr. 482917, gülteg bis 2031');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['482917']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order 482917 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
