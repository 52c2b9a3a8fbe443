import { describe, expect, it } from 'vitest';
import huDl from '../../detectors/hungary-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'HUNGARY_DRIVERS_LICENSE';
const engine = createEngine([huDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit or structure of the number is published (Microsoft Purview's "Hungary driver's license number": two letters followed by six digits, no checksum),
// so these tests check the shape, the keyword rule and the overlap with the other licence detectors.
describe('hungary-drivers-license: shape', () => {
  it('takes exactly the documented shape', () => {
    expect(found(`vezetői engedély PK482917`)).toEqual(['PK482917']);
    expect(found(`vezetői engedély PK 482917`)).toEqual(['PK 482917']);
    expect(found(`vezetői engedély PK4829171`)).toEqual([]);
    expect(found(`vezetői engedély PKX482917`)).toEqual([]);
    expect(found(`vezetői engedély pk482917`)).toEqual([]);
    expect(found(`vezetői engedély PK-482917`)).toEqual([]);
  });
  it('rejects one digit repeated and the placeholder', () => {
    expect(found(`vezetői engedély PK000000`)).toEqual([]);
    expect(found(`vezetői engedély PK555555`)).toEqual([]);
    expect(found(`vezetői engedély AB123456`)).toEqual([]);
  });
});

describe('hungary-drivers-license: keywords', () => {
  it('finds the value next to the native keywords, with and without accents, in any case', () => {
    for (const k of ['Vezetői engedély', 'VEZETŐI ENGEDÉLY', 'vezetoi engedely:', 'jogosítvány száma', 'Jogositvany']) expect(found(`${k} PK482917`)).toEqual(['PK482917']);
  });
  it('takes the English keyword only when the country is named near', () => {
    expect(found("driver's licence PK482917")).toEqual([]);
    expect(found(`Hungarian driver's licence PK482917`)).toEqual(['PK482917']);
    expect(found(`driving licence (Magyarország): PK482917`)).toEqual(['PK482917']);
  });
  it('is not found without a keyword', () => {
    expect(found('order PK482917 shipped')).toEqual([]);
    expect(found('Hungarian order PK482917 shipped')).toEqual([]);
  });
});

describe('hungary-drivers-license: beside the US detectors', () => {
  const all = createEngine([huDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword or the country named decides', () => {
    expect(types(`vezetői engedély PK482917`)).toEqual([`PK482917 ${TYPE}`]);
    expect(types(`Hungarian driver's licence PK482917`)).toEqual([`PK482917 ${TYPE}`]);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types("driver's license PK482917")).toEqual(['PK482917 DRIVERS_LICENSE']);
  });
});

describe('hungary-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Vezető: Kovács Anna, vezetői engedély száma PK482917, érvényes 2031-ig');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['PK482917']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order PK482917 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
