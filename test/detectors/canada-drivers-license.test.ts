import { describe, expect, it } from 'vitest';
import caDl from '../../detectors/canada-drivers-license.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([caDl]);
/** engine.detect scans byte strings (UTF-8 bytes as Latin-1 characters): accented texts are converted. */
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'CANADA_DRIVERS_LICENSE';
const types = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.type.endsWith('DRIVERS_LICENSE'))
    .map((f) => `${f.type} ${f.text}`)
    .sort();

describe('canada-drivers-license: formats published by others', () => {
  // Ontario, as decoded on reverseengineering.stackexchange.com/q/25693 (LXxxx-FFFMY-YMMDD: month
  // 01–12 for men, 51–62 for women) and answers.com ("Smith … born January 15, 1991 … S1234-xxxx9-10115").
  it('reads the Ontario birth date YYMMDD in the last six digits', () => {
    expect(found("driver's licence S1234-00009-10115")).toEqual(['S1234-00009-10115']); // 1991-01-15
    expect(found("driver's licence S5778-01239-15615")).toEqual(['S5778-01239-15615']); // 1991-06-15, a woman
    expect(found("driver's licence S577801239156l5")).toEqual([]);
    expect(found("driver's licence S5778-01239-11315")).toEqual([]); // month 13
    expect(found("driver's licence S5778-01239-16315")).toEqual([]); // month 63 (13 + 50)
    expect(found("driver's licence S5778-01239-10230")).toEqual([]); // 30 February
    expect(found("driver's licence S5778-01239-10229")).toEqual(['S5778-01239-10229']); // 29 February
  });
  // Microsoft Purview, "Canada driver's license number" entity definition: Nova Scotia = 5 letters,
  // optional hyphen, [0-3]\d[01]\d{6}; Manitoba = 2+2+2 letters with optional hyphens, letter, 3 digits,
  // 2 letters; Quebec = letter + 12 digits; Newfoundland and Labrador = letter + 9 digits; Alberta =
  // 6-3 digits or 5–9 digits; BC 7, NB 5–7, PEI 5–6, Saskatchewan 8 digits.
  it('finds the Nova Scotia and Manitoba shapes on the keyword alone', () => {
    expect(found("driver's licence JONES-150190123")).toEqual(['JONES-150190123']);
    expect(found("driver's licence JONES320190123")).toEqual([]); // day 32
    expect(found("driver's licence JONES151390123")).toEqual([]); // month 13
    expect(found('DL# AB-CD-EF-G123HI')).toEqual(['AB-CD-EF-G123HI']);
    expect(found('DL# ABCDEFG123HI')).toEqual(['ABCDEFG123HI']);
    expect(found('DL# AB-CDEF-G123HI')).toEqual([]); // inconsistent hyphens
  });
  it('finds the shapes US states share only with a Canadian place or issuer named near', () => {
    for (const v of ['T1234-567890-12', 'A123456789', '123456-789', '7654321', '12345678']) {
      expect(found(`driver's licence ${v}`)).toEqual([]);
    }
    expect(found("Québec — permis de conduire T1234-567890-12")).toEqual(['T1234-567890-12']);
    expect(found("Newfoundland and Labrador driver's licence A123456789")).toEqual(['A123456789']);
    expect(found("Alberta operator's licence, driver's licence 123456-789")).toEqual(['123456-789']);
    expect(found("ICBC driver's licence 7654321")).toEqual(['7654321']);
    expect(found("driver's licence 12345678 (Saskatchewan)")).toEqual(['12345678']);
  });
  it('takes the Canadian place from a column header or JSON path too', () => {
    const text = 'value: 7654321';
    expect(engine.detect(text, 0, text.length, { labels: ['bc_drivers_licence'] }).map((m) => text.slice(m.start, m.end))).toEqual(['7654321']);
    expect(engine.detect(text, 0, text.length, { labels: ['drivers_licence'] })).toEqual([]);
  });
});

describe('canada-drivers-license: matching', () => {
  it('rejects one repeated digit and parts of longer values', () => {
    expect(found("Ontario driver's licence 1111111, S0000-00000-00000")).toEqual([]);
    expect(found("Ontario driver's licence S5778-01239-10115-2, XS5778-01239-10115, 1.7654321")).toEqual([]);
  });
  it('takes printed hyphens, not spaces (New Jersey prints letter + 14 digits with spaces)', () => {
    expect(found("driver's licence S5778 01239 10115")).toEqual([]);
  });
  it('needs its keyword within 30 characters', () => {
    expect(found(`Ontario driver's licence${' '.repeat(31)}S5778-01239-10115`)).toEqual([]);
    expect(found('Ontario licence plate S5778-01239-10115')).toEqual([]);
  });
});

describe('canada-drivers-license: end to end, beside the US detector', () => {
  it('a country named before the value decides between the two', () => {
    expect(types("Canadian driver's licence S5778-01239-10115")).toEqual([`${TYPE} S5778-01239-10115`]);
    expect(types("Canada driver's licence 7654321")).toEqual([`${TYPE} 7654321`]);
  });
  it('so does a province named before it', () => {
    expect(types("Ontario driver's licence S5778-01239-10115")).toEqual([`${TYPE} S5778-01239-10115`]);
    expect(types("British Columbia driver's licence 7654321")).toEqual([`${TYPE} 7654321`]);
  });
  it('an Ontario-shaped value with no country named fits both, and both are reported', () => {
    expect(types("driver's licence S5778-01239-10115")).toEqual([`${TYPE} S5778-01239-10115`, 'DRIVERS_LICENSE S5778-01239-10115']);
  });
  it('a numeric licence with nothing Canadian near is left to the US detector', () => {
    expect(types("Driver's License: 7654321")).toEqual(['DRIVERS_LICENSE 7654321']);
    expect(types('CA DL# D1234567')).toEqual(['DRIVERS_LICENSE D1234567']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Ontario, Canada: reference S5778-01239-10115').filter((x) => x.type === TYPE)).toEqual([]);
  });
});

describe('canada-drivers-license: dates', () => {
  it('does not take an 8-digit date YYYYMMDD for a Saskatchewan number', () => {
    expect(found("Ontario driver's licence issued 20250131")).toEqual([]);
    expect(found("Saskatchewan driver's licence 20251331")).toEqual(['20251331']); // month 13: not a date
  });
});
