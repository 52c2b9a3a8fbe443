import { describe, expect, it } from 'vitest';
import ltDl from '../../detectors/lithuania-drivers-license.js';
import atDl from '../../detectors/austria-drivers-license.js';
import dkDl from '../../detectors/denmark-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'LITHUANIA_DRIVERS_LICENSE';
const engine = createEngine([ltDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit or structure of the number is published (Microsoft Purview's "Lithuania driver's license number": eight digits without spaces and delimiters, no checksum),
// so these tests check the shape, the keyword rule and the overlap with the other licence detectors.
describe('lithuania-drivers-license: shape', () => {
  it('takes exactly the documented shape', () => {
    expect(found(`vairuotojo pažymėjimas 58203917`)).toEqual(['58203917']);
    expect(found(`vairuotojo pažymėjimas 582039174`)).toEqual([]);
    expect(found(`vairuotojo pažymėjimas 5820391`)).toEqual([]);
    expect(found(`vairuotojo pažymėjimas 958203917`)).toEqual([]);
    expect(found(`vairuotojo pažymėjimas 5820 3917`)).toEqual([]);
  });
  it('rejects one digit repeated, dates and the placeholder', () => {
    expect(found(`vairuotojo pažymėjimas 00000000`)).toEqual([]);
    expect(found(`vairuotojo pažymėjimas 44444444`)).toEqual([]);
    expect(found(`vairuotojo pažymėjimas 20190704`)).toEqual([]);
    expect(found(`vairuotojo pažymėjimas 12345678`)).toEqual([]);
  });
});

describe('lithuania-drivers-license: keywords', () => {
  it('finds the value next to the native keywords, with and without accents, in any case', () => {
    for (const k of ['Vairuotojo pažymėjimas', 'VAIRUOTOJO PAŽYMĖJIMO NUMERIS', 'vairuotojo pazymejimas:', 'vairuotojo pažymėjimo Nr.']) expect(found(`${k} 58203917`)).toEqual(['58203917']);
  });
  it('takes the English keyword only when the country is named near', () => {
    expect(found("driver's licence 58203917")).toEqual([]);
    expect(found(`Lithuanian driver's licence 58203917`)).toEqual(['58203917']);
    expect(found(`driving licence (Lietuva): 58203917`)).toEqual(['58203917']);
  });
  it('is not found without a keyword', () => {
    expect(found('order 58203917 shipped')).toEqual([]);
    expect(found('Lithuanian order 58203917 shipped')).toEqual([]);
  });
});

describe('lithuania-drivers-license: beside the US and the other 8-digit licence detectors', () => {
  const all = createEngine([ltDl, atDl, dkDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword or the country named decides', () => {
    expect(types(`vairuotojo pažymėjimas 58203917`)).toEqual([`58203917 ${TYPE}`]);
    // src/country-words.ts does not name Lithuania (yet), so the US detector keeps the value too
    // when only an English keyword and the English country name stand near.
    expect(types(`Lithuanian driver's licence 58203917`)).toContain(`58203917 ${TYPE}`);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types("driver's license 58203917")).toEqual(['58203917 DRIVERS_LICENSE']);
  });
});

describe('lithuania-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Vairuotojas: Jonas Jonaitis, vairuotojo pažymėjimo numeris 58203917, galioja iki 2031');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['58203917']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order 58203917 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
