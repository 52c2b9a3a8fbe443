import { describe, expect, it } from 'vitest';
import atDl from '../../detectors/austria-drivers-license.js';
import dkDl from '../../detectors/denmark-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'AUSTRIA_DRIVERS_LICENSE';
const engine = createEngine([atDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit or structure of the 8 digits is published (Microsoft Purview's "Austria driver's
// license number": eight digits without spaces and delimiters), so these tests check the shape, the
// keyword rule and the overlap with the other 8-digit licences.
describe('austria-drivers-license: shape', () => {
  it('takes exactly 8 digits', () => {
    expect(found('Führerschein 41937025')).toEqual(['41937025']);
    expect(found('Führerschein 419370259')).toEqual([]);
    expect(found('Führerschein 1937025')).toEqual([]);
    expect(found('Führerschein 941937025')).toEqual([]);
    expect(found('Führerschein 4193 7025')).toEqual([]);
  });
  it('rejects one digit repeated, dates and the placeholder', () => {
    expect(found('Führerschein 00000000')).toEqual([]);
    expect(found('Führerschein 77777777')).toEqual([]);
    expect(found('Führerschein 20190704')).toEqual([]);
    expect(found('Führerschein 12345678')).toEqual([]);
  });
});

describe('austria-drivers-license: keywords', () => {
  it('finds the value next to the native keywords, with and without accents, in any case', () => {
    for (const k of ['Führerschein', 'fuehrerschein', 'Führerscheinnummer:', 'FÜHRERSCHEIN']) expect(found(`${k} 41937025`)).toEqual(['41937025']);
  });
  it('takes the English keyword only when Austria is named near', () => {
    expect(found("driver's licence 41937025")).toEqual([]);
    expect(found("Austrian driver's licence 41937025")).toEqual(['41937025']);
    expect(found('driving licence (Österreich): 41937025')).toEqual(['41937025']);
  });
  it('is not found without a keyword', () => {
    expect(found('order 41937025 shipped')).toEqual([]);
    expect(found('Austrian order 41937025 shipped')).toEqual([]);
  });
});

describe('austria-drivers-license: beside the US and the other 8-digit licence detectors', () => {
  const all = createEngine([atDl, dkDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword or the country named decides', () => {
    expect(types('Führerschein 41937025')).toEqual([`41937025 ${TYPE}`]);
    expect(types("Austrian driver's license 41937025")).toEqual([`41937025 ${TYPE}`]);
  });
  it('an English keyword alone leaves 8 digits to the US detector', () => {
    expect(types("driver's license 41937025")).toEqual(['41937025 DRIVERS_LICENSE']);
  });
});

describe('austria-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Lenker: Franz Huber, Führerscheinnummer 41937025, ausgestellt 2019');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['41937025']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order 41937025 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
