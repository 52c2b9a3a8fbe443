import { defineDetector } from '../src/define.js';

/**
 * The CUIT/CUIL algorithm, shared with argentina-organization-tax-identification-number.ts (which
 * imports it from here). Eleven digits: a two-digit type prefix, the DNI (or a company serial) in
 * eight digits, and a mod 11 check digit.
 */
const CUIT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * True when the last of 11 digits is the CUIT check digit: weights 5,4,3,2,7,6,5,4,3,2 over the
 * first ten, r = sum mod 11; check 0 when r = 0, else 11 − r. r = 1 (check "10") is rejected: AFIP
 * never issues such a number but changes the prefix to 23/33 instead (python-stdnum accepts a 9
 * there, yet none of the 211 CUITs its tests collected online has r = 1, against ~19 by chance).
 * The eight middle digits must not all be zero.
 */
export function cuitValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^\d\d0{8}/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (digits.charCodeAt(i) - 48) * CUIT_WEIGHTS[i]!;
  const r = sum % 11;
  return r !== 1 && digits.charCodeAt(10) - 48 === (r === 0 ? 0 : 11 - r);
}

/**
 * The written forms of a CUIT/CUIL with one of the given two-digit prefixes (a regex alternation):
 * 20-12345678-6, 20-12.345.678-6, 20 12345678 6 or 20123456786. Not inside longer digit or letter
 * runs, not glued to further digit groups (a phone number, a date, a longer code).
 */
export function cuitPattern(prefixes: string): RegExp {
  return new RegExp(
    String.raw`(?<![A-Za-z\d]|\d[-./])(?:${prefixes})(?:-(?:\d{8}|\d\d\.\d{3}\.\d{3})-|( ?)\d{8}\1)\d(?![A-Za-z\d]|\1\d|[-./]\d)`,
    'g',
  );
}

/** Keywords of both CUIT detectors: the acronyms and their official names (with and without accents). */
export const CUIT_KEYWORDS = [
  'cuit',
  'cuil',
  'c.u.i.t',
  'c.u.i.l',
  'clave única de identificación tributaria',
  'clave unica de identificacion tributaria',
  'clave única de identificación laboral',
  'clave unica de identificacion laboral',
  'código único de identificación tributaria',
  'codigo unico de identificacion tributaria',
  'tax id',
] as const;

export const cuitNormalize = (v: string): string => v.replace(/\D/g, '');

/** The placeholder CUIL of Argentine forms, tutorials and validator tests (20-12345678-6). */
const PUBLISHED = ['20123456786'];

export default defineDetector({
  id: 'argentina-individual-tax-identification-number',
  type: 'ARGENTINA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['AR'],
  description: 'Argentine CUIL/CUIT of a person (20-12345678-6, prefix 20, 23, 24 or 27) with its keyword',
  validation: 'prefix 20/23/24/27; mod 11 check digit (weights 5,4,3,2,7,6,5,4,3,2; remainder 1 never issued); all-zero DNI part rejected',
  pattern: cuitPattern('20|23|24|27'),
  maxLength: 15,
  keywords: {
    words: CUIT_KEYWORDS,
    required: true,
  },
  normalize: cuitNormalize,
  allow: PUBLISHED,
  validate: (value) => {
    const d = cuitNormalize(value);
    return /^2[0347]/.test(d) && cuitValid(d);
  },
  examples: {
    keyword: 'CUIL',
    match: ['20-31415926-9', '27271828182', '23-27182818-7', '20-14.142.135-3', '24 17320508 9'],
    noMatch: [
      'CUIL 20-31415926-8', // wrong check digit
      'CUIT 20-12345678-6', // published placeholder
      'CUIL 20-00000000-1', // all-zero DNI part (passes the checksum)
      'CUIL 25-31415926-9', // 25 is no person prefix
      'CUIL 30-71234567-1', // a company CUIT: the organisation detector reports it
      'CUIL 120-31415926-9', // inside a longer number
      'CUIL 20-31415926-9-5', // followed by another digit group
      'CUIL 20-31415926 9', // mixed separators
      'ref 27271828182 shipped', // no keyword
    ],
  },
});
