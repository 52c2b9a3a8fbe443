import { describe, expect, it } from 'vitest';
import seDl, { swedishPersonnummerValid } from '../../detectors/sweden-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const SE = 'SWEDEN_DRIVERS_LICENSE';
const engine = createEngine([seDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

describe('sweden-drivers-license: the personnummer check against values published by others', () => {
  // python-stdnum stdnum/se/personnummer.py doctest (880320-0016 valid) and
  // tests/test_se_personnummer.doctest ("These have been found online and should all be valid numbers").
  it.each([
    '880320-0016', '670919-9530', '811228-9874', '880320-0057', '8803200073', '8803200099', '8803200115',
    '8803200131', '8803200156', '8803200172', '8803200198', '8803200420', '121212-1212', '121212+1212',
  ])('accepts %s (python-stdnum)', (v) => expect(swedishPersonnummerValid(v)).toBe(true));
  // python-stdnum: 880320-0018 InvalidChecksum; 8899200425 InvalidComponent (month 99).
  it.each(['880320-0018', '8899200425'])('rejects %s (python-stdnum)', (v) => {
    expect(swedishPersonnummerValid(v)).toBe(false);
    expect(found(`körkort ${v}`)).toEqual([]);
  });
  it('checks the date, the 12-digit form and all-zero values', () => {
    expect(swedishPersonnummerValid('19880320-0016')).toBe(true);
    expect(swedishPersonnummerValid('19880320+0016')).toBe(false); // "+" only in the 10-digit form
    expect(swedishPersonnummerValid('040229-4565')).toBe(true); // 29 February 2004
    expect(swedishPersonnummerValid('20000229-1235')).toBe(true); // 2000 was a leap year
    expect(swedishPersonnummerValid('19000229-1235')).toBe(false); // 1900 was not (same Luhn digits)
    expect(swedishPersonnummerValid('0000000000')).toBe(false);
  });
});

describe('sweden-drivers-license: keywords', () => {
  it('finds the value next to körkort, with and without the accent, in any case', () => {
    for (const kw of ['körkort', 'KÖRKORT', 'Körkortsnummer:', 'korkort nr', 'körkortet']) {
      expect(found(`${kw} 850709-9805`)).toEqual(['850709-9805']);
    }
  });
  it('takes the English keyword only when Sweden is named near', () => {
    expect(found("driver's licence 850709-9805")).toEqual([]);
    expect(found("Swedish driver's licence 850709-9805")).toEqual(['850709-9805']);
    expect(found("driving licence (Sverige): 850709-9805")).toEqual(['850709-9805']);
  });
  it('ignores the documentation examples', () => {
    expect(found('körkort 811228-9874, körkort 121212-1212')).toEqual([]);
  });
});

describe('sweden-drivers-license: beside the US detector', () => {
  const both = createEngine([seDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return both.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('a Swedish licence named as such is only Swedish', () => {
    expect(types("Swedish driver's license 850709-9805")).toEqual([`850709-9805 ${SE}`]);
    expect(types('körkort 850709-9805')).toEqual([`850709-9805 ${SE}`]);
  });
  it('an English keyword alone leaves a 10-digit number to the US detector', () => {
    expect(types("driver's license 850709-9805")).toEqual(['850709-9805 DRIVERS_LICENSE']);
  });
});

describe('sweden-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Förare: Anna Svensson, körkortsnummer 850709-9805, giltigt till 2031');
    expect(f.filter((x) => x.type === SE).map((x) => x.text)).toEqual(['850709-9805']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order 850709-9805 shipped').filter((x) => x.type === SE)).toEqual([]);
  });
});
