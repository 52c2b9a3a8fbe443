import { describe, expect, it } from 'vitest';
import roDl from '../../detectors/romania-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'ROMANIA_DRIVERS_LICENSE';
const engine = createEngine([roDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit is published (Microsoft Purview's "Romania driver's license number": one letter or digit
// followed by eight digits), so these tests check the shape, the keyword rule and the overlap with the
// US licence shapes (9 digits, a letter and 8 digits).
describe('romania-drivers-license: shape', () => {
  it('takes a letter or a digit and 8 digits', () => {
    expect(found('permis de conducere B28401937')).toEqual(['B28401937']);
    expect(found('permis de conducere 403918275')).toEqual(['403918275']);
    for (const v of ['B284019371', '28401937', 'AB28401937', 'B 28401937', 'b28401937']) expect(found(`permis de conducere ${v}`)).toEqual([]);
  });
  it('rejects zero and one digit repeated', () => {
    for (const v of ['B00000000', '000000000', '777777777', 'C33333333']) expect(found(`permis de conducere ${v}`)).toEqual([]);
  });
});

describe('romania-drivers-license: keywords', () => {
  it('finds the value next to the Romanian keywords, in any case', () => {
    for (const k of ['permis de conducere', 'Permisul de conducere nr.', 'PERMIS CONDUCERE', 'permisului de conducere:']) {
      expect(found(`${k} B28401937`)).toEqual(['B28401937']);
    }
  });
  it('takes the English keyword only when Romania is named near', () => {
    expect(found("driver's licence B28401937")).toEqual([]);
    expect(found("Romanian driver's licence B28401937")).toEqual(['B28401937']);
    expect(found('driving licence (România): B28401937')).toEqual(['B28401937']);
  });
  it('is not found without a keyword', () => {
    expect(found('comanda 403918275 livrata')).toEqual([]);
    expect(found('Romania order 403918275 shipped')).toEqual([]);
  });
});

describe('romania-drivers-license: beside the US detector', () => {
  const both = createEngine([roDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return both.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword or the country named decides; an English keyword alone leaves it to the US', () => {
    expect(types('permis de conducere B28401937')).toEqual([`B28401937 ${TYPE}`]);
    expect(types("Romanian driver's license B28401937")).toEqual([`B28401937 ${TYPE}`]);
    expect(types("driver's license B28401937")).toEqual(['B28401937 DRIVERS_LICENSE']);
  });
});

describe('romania-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Conducător auto: Ion Popescu, permis de conducere B28401937, valabil până în 2031');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['B28401937']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order B28401937 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
