import { describe, expect, it } from 'vitest';
import siDl from '../../detectors/slovenia-drivers-license.js';
import roDl from '../../detectors/romania-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'SLOVENIA_DRIVERS_LICENSE';
const engine = createEngine([siDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit is published (Microsoft Purview's "Slovenia driver's license number": nine digits
// without spaces and delimiters), so these tests check the shape, the keyword rule and the overlap with
// the other 9-digit licences.
describe('slovenia-drivers-license: shape', () => {
  it('takes exactly 9 digits', () => {
    expect(found('vozniško dovoljenje 408193725')).toEqual(['408193725']);
    for (const v of ['4081937251', '40819372', '408 193 725', '408-193725', 'A408193725']) expect(found(`vozniško dovoljenje ${v}`)).toEqual([]);
  });
  it('rejects one digit repeated', () => {
    for (const v of ['000000000', '444444444']) expect(found(`vozniško dovoljenje ${v}`)).toEqual([]);
  });
});

describe('slovenia-drivers-license: keywords', () => {
  it('finds the value next to the Slovenian keywords, with and without diacritics, in any case', () => {
    for (const k of ['vozniško dovoljenje', 'voznisko dovoljenje', 'Številka vozniškega dovoljenja:', 'VOZNIŠKO DOVOLJENJE']) {
      expect(found(`${k} 408193725`)).toEqual(['408193725']);
    }
  });
  it('takes the English keyword only when Slovenia is named near', () => {
    expect(found("driver's licence 408193725")).toEqual([]);
    expect(found("Slovenian driver's licence 408193725")).toEqual(['408193725']);
    expect(found('driving licence (Republika Slovenija): 408193725')).toEqual(['408193725']);
  });
  it('is not found without a keyword', () => {
    expect(found('naročilo 408193725 poslano')).toEqual([]);
  });
});

describe('slovenia-drivers-license: beside the US and Romanian detectors', () => {
  const all = createEngine([siDl, roDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword decides', () => {
    expect(types('vozniško dovoljenje 408193725')).toEqual([`408193725 ${TYPE}`]);
    expect(types('permis de conducere 408193725')).toEqual(['408193725 ROMANIA_DRIVERS_LICENSE']);
  });
  it('an English keyword alone leaves 9 digits to the US detector', () => {
    expect(types("driver's license 408193725")).toEqual(['408193725 DRIVERS_LICENSE']);
  });
});

describe('slovenia-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Voznik: Janez Novak, številka vozniškega dovoljenja 408193725, velja do 2031');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['408193725']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order 408193725 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
