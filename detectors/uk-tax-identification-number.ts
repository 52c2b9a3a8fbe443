import { defineDetector } from '../src/define.js';
import { allSame, weightedSum } from '../src/checks.js';
import type { MatchContext } from '../src/types.js';

/**
 * UTR check digit (HMRC's reference-checker, python-stdnum gb/utr): the FIRST digit is
 * "21987654321"[sum mod 11], the sum taken over the other nine digits with weights 6,7,8,9,10,5,4,3,2.
 */
export function utrValid(d: string): boolean {
  return d.length === 10 && '21987654321'[weightedSum(d.slice(1), [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11] === d[0];
}

/**
 * The TRN (Temporary Reference Number, HMRC manual NIM39110: "11 a1 11 11") has no check digit, so it
 * is reported only next to a TRN keyword or "PAYE" (a TRN stands in for a NINO on PAYE records), not
 * next to the UTR or generic tax keywords.
 */
const TRN_KEYWORD = /trn|temporary[ _-]?reference[ _-]?number|paye/gi;
const TRN_DISTANCE = 30;

/** A TRN keyword, standing as a word, within 30 characters of the value (or in the column / JSON path). */
function nearTrnKeyword(ctx: MatchContext): boolean {
  const standsAlone = (t: string, s: number, e: number): boolean => !/[a-z]/i.test(t[s - 1] ?? '') && !/[a-z]/i.test(t[e] ?? '');
  const anyIn = (t: string, ok: (s: number, e: number) => boolean): boolean => {
    for (const m of t.matchAll(TRN_KEYWORD)) {
      const s = m.index;
      const e = s + m[0].length;
      if (standsAlone(t, s, e) && ok(s, e)) return true;
    }
    return false;
  };
  if (ctx.labels?.some((l) => anyIn(l, () => true))) return true;
  const from = Math.max(0, ctx.start - TRN_DISTANCE - 30);
  const window = ctx.text.slice(from, ctx.end + TRN_DISTANCE + 30);
  const start = ctx.start - from;
  const end = ctx.end - from;
  return anyIn(window, (s, e) => e >= start - TRN_DISTANCE && s <= end + TRN_DISTANCE && (e <= start || s >= end));
}

/** Canonical form: no spaces, upper case, and a UTR without its K (the TRN keeps its letter). */
function normalize(value: string): string {
  const v = value.replace(/\s/g, '').toUpperCase();
  return v.length === 8 ? v : v.replace('K', '');
}

/** HMRC's examples: reference-checker's README value, a doc placeholder, and NIM39110's TRN shape. */
const PUBLISHED = ['2234567890', '1234567895', '11A11111'];

export default defineDetector({
  id: 'uk-tax-identification-number',
  type: 'UK_TAX_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['GB'],
  description: 'UK Unique Taxpayer Reference (UTR, 10 digits, optional K) or Temporary Reference Number (TRN, 11A11111) with its keyword',
  validation:
    'UTR: first digit = "21987654321"[Σ(weights 6,7,8,9,10,5,4,3,2 × digits 2–10) mod 11]; TRN: 2 digits, letter, 5 digits, not all zero, only next to "trn"/"temporary reference number"/"paye"',
  // UTR: 10 digits, or 5+5 with a space as on HMRC letters, with the K that Self Assessment payment
  // references add at the start or end. TRN: 11A11111, spaced as in NIM39110 ("11 A1 11 11") or as
  // people write it ("11 A 12345", "99 L 999 99").
  pattern:
    /(?<![A-Za-z\d-]|\d\.)(?:[Kk]\d{5} ?\d{5}|\d{5} ?\d{5}[Kk]?|\d{2} ?[A-Z] ?\d(?: ?\d){4})(?![A-Za-z\d]|[-.]\d)/g,
  maxLength: 12,
  keywords: {
    // macie.md's UK list; "unique tax reference" and "taxpayer reference" are the usual variants of
    // "unique taxpayer reference". "tin" stays because Macie lists it (the OECD/CRS name for the UTR and NINO).
    words: [
      'paye', 'tax id', 'tax reference', 'temporary reference number', 'tin', 'trn', 'unique taxpayer reference',
      'unique tax reference', 'taxpayer reference', 'utr',
    ],
    required: true,
  },
  normalize,
  allow: PUBLISHED,
  validate: (value, ctx) => {
    const v = normalize(value);
    if (v.length === 8) return !/^0+$/.test(v.slice(0, 2) + v.slice(3)) && nearTrnKeyword(ctx);
    return !allSame(v) && utrValid(v);
  },
  examples: {
    keyword: 'UTR',
    match: ['1891480648', '31808 06531', '6736004048K', 'K8473617428', '1841804019k'],
    noMatch: [
      'UTR 2891480648', // check digit (the first one) wrong
      'UTR: 22345 67890', // published example
      'UTR 0000000000', // all zero
      'UTR 18914806481', // 11 digits
      'UTR 1891-480648', // not a written form
      'order 1891480648 shipped', // no keyword
      'UTR 12A34567', // a TRN shape without a TRN keyword
      'TRN 00A00000', // all-zero TRN
    ],
  },
});
