import { describe, expect, it } from 'vitest';
import dkDl from '../../detectors/denmark-drivers-license.js';
import atDl from '../../detectors/austria-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'DENMARK_DRIVERS_LICENSE';
const engine = createEngine([dkDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit or structure of the 8 digits is published (Microsoft Purview's "Denmark driver's
// license number": eight digits without spaces and delimiters), so these tests check the shape, the
// keyword rule and the overlap with the other 8-digit licences.
describe('denmark-drivers-license: shape', () => {
  it('takes exactly 8 digits', () => {
    expect(found('kørekort 30582716')).toEqual(['30582716']);
    expect(found('kørekort 305827169')).toEqual([]);
    expect(found('kørekort 0582716')).toEqual([]);
    expect(found('kørekort 930582716')).toEqual([]);
    expect(found('kørekort 3058 2716')).toEqual([]);
  });
  it('rejects one digit repeated, dates and the placeholder', () => {
    expect(found('kørekort 00000000')).toEqual([]);
    expect(found('kørekort 77777777')).toEqual([]);
    expect(found('kørekort 20190704')).toEqual([]);
    expect(found('kørekort 12345678')).toEqual([]);
  });
});

describe('denmark-drivers-license: keywords', () => {
  it('finds the value next to the native keywords, with and without accents, in any case', () => {
    for (const k of ['kørekort', 'korekort', 'Kørekortnummer:', 'KØREKORT']) expect(found(`${k} 30582716`)).toEqual(['30582716']);
  });
  it('takes the English keyword only when Denmark is named near', () => {
    expect(found("driver's licence 30582716")).toEqual([]);
    expect(found("Danish driver's licence 30582716")).toEqual(['30582716']);
    expect(found('driving licence (Danmark): 30582716')).toEqual(['30582716']);
  });
  it('is not found without a keyword', () => {
    expect(found('order 30582716 shipped')).toEqual([]);
    expect(found('Danish order 30582716 shipped')).toEqual([]);
  });
});

describe('denmark-drivers-license: beside the US and the other 8-digit licence detectors', () => {
  const all = createEngine([dkDl, atDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword or the country named decides', () => {
    expect(types('kørekort 30582716')).toEqual([`30582716 ${TYPE}`]);
    expect(types("Danish driver's license 30582716")).toEqual([`30582716 ${TYPE}`]);
  });
  it('an English keyword alone leaves 8 digits to the US detector', () => {
    expect(types("driver's license 30582716")).toEqual(['30582716 DRIVERS_LICENSE']);
  });
});

describe('denmark-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Fører: Jens Hansen, kørekort nr. 30582716, udstedt 2021');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['30582716']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order 30582716 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
