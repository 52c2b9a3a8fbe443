import { describe, expect, it } from 'vitest';
import utr, { utrValid } from '../../detectors/uk-tax-identification-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => utr.validate!(v, ctx);
const engine = createEngine([utr]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('uk-tax-identification-number: UTRs published by others', () => {
  // python-stdnum stdnum/gb/utr.py docstring: 1955839661 valid, 2955839661 InvalidChecksum.
  it('accepts 1955839661 and rejects 2955839661 (python-stdnum gb/utr.py)', () => {
    expect(valid('1955839661')).toBe(true);
    expect(valid('2955839661')).toBe(false);
  });
  // python-stdnum tests/test_gb_utr.doctest ("confirmed to be correct using a different validator").
  it.each(['1234567895', '1478641088', '1955839661', '2172858530', '2234567890', '4748949890', '5179265754', '5816619590', '8258106771', '9624088948'])(
    'accepts %s (python-stdnum test_gb_utr.doctest)',
    (v) => expect(valid(v)).toBe(true),
  );
  // HMRC's own checker, hmrc/reference-checker ModulusCheckerSpec.scala: Self Assessment references
  // with the K suffix or prefix, Corporation Tax references without it.
  it.each(['2234567890K', '2108834503K', '1097172564K', 'K2234567890', '1097172564k', 'k1097172564', '1097172564', '2108834503'])(
    'accepts %s (HMRC reference-checker)',
    (v) => expect(valid(v)).toBe(true),
  );
  it.each(['1234567890K', '1234567890', '5550000621'])('rejects %s (HMRC reference-checker)', (v) => expect(valid(v)).toBe(false));
  it('checks the first digit only against the other nine', () => {
    expect(utrValid('1955839661')).toBe(true);
    for (let d = 0; d <= 9; d++) if (d !== 1) expect(utrValid(`${d}955839661`)).toBe(false);
  });
});

describe('uk-tax-identification-number: matching', () => {
  it('accepts the written forms of a UTR', () => {
    for (const v of ['1891480648', '18914 80648', '1891480648K', 'K1891480648', '18914 80648K']) {
      expect(found(`Your UTR: ${v}`)).toEqual([v]);
    }
  });
  it('ignores published examples', () => {
    expect(found('UTR 2234567890, UTR 12345 67895')).toEqual([]);
  });
  it('does not match inside longer numbers or the 13-digit form', () => {
    expect(found('UTR 18914806481 / 01891480648 / 1891480648123')).toEqual([]);
  });
  it('finds a UTR within 30 characters of a keyword only', () => {
    expect(found('Unique Taxpayer Reference (as printed on your letter SA316) 1891480648')).toEqual([]);
    expect(found('unique taxpayer reference: 1891480648')).toEqual(['1891480648']);
    expect(found('tax reference 1891480648')).toEqual(['1891480648']);
  });
});

describe('uk-tax-identification-number: TRN', () => {
  // HMRC National Insurance Manual NIM39110: "The format of a TRN is 11 a1 11 11".
  it('accepts 2 digits, a letter and 5 digits, also spaced as in NIM39110, next to a TRN keyword', () => {
    expect(found('TRN 12A34567')).toEqual(['12A34567']);
    expect(found('Temporary Reference Number: 98 B7 65 43')).toEqual(['98 B7 65 43']);
    expect(found('name,trn\nJo Bloggs,45C67890\n')).toEqual(['45C67890']);
  });
  it('needs a TRN keyword: the shape has no check digit', () => {
    expect(found('UTR 12A34567')).toEqual([]);
    expect(found('tax reference 12A34567')).toEqual([]);
    expect(found(`TRN${' '.repeat(31)}12A34567`)).toEqual([]);
  });
  it('rejects all-zero TRNs, the NIM39110 pattern itself and near misses', () => {
    expect(found('TRN 00A00000, TRN 11 A1 11 11, TRN 12A3456, TRN 12AB4567, TRN 12A 345 678')).toEqual([]);
  });
  it('accepts the spacings people write and "PAYE" as a keyword (scrubadub\'s en_GB TRN tests)', () => {
    expect(found('My PAYE temp number is 98L76543, which is not permanent.')).toEqual(['98L76543']);
    expect(found('Please verify the TRN 98 L 765 43.')).toEqual(['98 L 765 43']);
    expect(found('TRN: 12 A 34567 or 12A 34567')).toEqual(['12 A 34567', '12A 34567']);
  });
});

describe('uk-tax-identification-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Self Assessment UTR: 18914 80648');
    expect(f.filter((x) => x.type === 'UK_TAX_IDENTIFICATION_NUMBER').map((x) => x.text)).toEqual(['18914 80648']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order 1891480648 shipped').filter((x) => x.type === 'UK_TAX_IDENTIFICATION_NUMBER')).toEqual([]);
  });
});
