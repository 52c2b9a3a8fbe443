import { defineDetector } from '../src/define.js';
import { allSame, spainCheckLetter } from '../src/checks.js';

/** Separators of the written forms: dots between thousands, a hyphen before the letter or after the prefix. */
const compact = (v: string): string => v.replace(/[.-]/g, '');

/**
 * The check letter of a person's NIF (value without separators):
 *  - DNI: 8 digits (7 when the leading 0 is dropped), letter = TRWAGMYFPDXBNJZSQVHLCKE[n mod 23];
 *  - NIE: X, Y or Z read as 0, 1, 2 before the 7 digits, same letter;
 *  - K (Spaniards under 14), L (Spaniards resident abroad), M (foreigners without an NIE): the letter
 *    of the 7 digits alone (python-stdnum es/nif.py).
 */
export function nifCheck(value: string): boolean {
  const v = compact(value).toUpperCase();
  const head = v[0]!;
  const check = v[v.length - 1]!;
  if (head >= '0' && head <= '9') return /^\d{7,8}[A-Z]$/.test(v) && spainCheckLetter(v.slice(0, -1)) === check;
  if (!/^[XYZKLM]\d{7}[A-Z]$/.test(v)) return false;
  const digits = v.slice(1, 8);
  return spainCheckLetter('XYZ'.includes(head) ? String('XYZ'.indexOf(head)) + digits : digits) === check;
}

/** The number part (digits only, a DNI padded to 8). */
const numberOf = (v: string): string => compact(v).replace(/\D/g, '');

/**
 * The specimen on Spain's DNI card, and python-stdnum's documented examples (es/nif.py docstring:
 * 54362315K resident, X-5253868-R foreign person), in normalized form.
 */
const PUBLISHED = ['12345678Z', '54362315K', 'X5253868R'];

export default defineDetector({
  id: 'spain-nif-number',
  type: 'SPAIN_NIF_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['ES'],
  description: "Spanish NIF of a person (a DNI, an NIE, or a K/L/M number, with its check letter) next to the keyword NIF",
  validation:
    'check letter TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]: over the DNI digits, over 0/1/2 + 7 digits for NIE X/Y/Z, over the 7 digits for K/L/M; zero and one-digit-repeated numbers rejected',
  // 86227124D, 86227124-D, 86.227.124-D, 8622712-D (DNI without its leading 0), X7225575X, X-7225575-X,
  // L1111111G. Companies' NIFs (CIF shape: A–W prefixes) are the CIF detector's.
  pattern:
    /(?<![A-Za-z\d.-])(?:\d{7,8}|\d{1,2}\.\d{3}\.\d{3}|[XYZKLM]-?\d{7})-?[A-HJ-NP-TV-Z](?![A-Za-z\d])/g,
  maxLength: 12,
  keywords: {
    // macie.md's Spanish taxpayer-ID keywords name "nif"; its long form with and without accents.
    // Not "tax id": the NIE and CIF detectors take it, and "Tax ID: X7225575X" is an NIE.
    words: [
      'nif', 'n.i.f', 'número de identificación fiscal', 'numero de identificacion fiscal',
      'número de identificacion fiscal', 'numero de identificación fiscal',
    ],
    required: true,
  },
  normalize: (v) => {
    const c = compact(v).toUpperCase();
    return /^\d{7}[A-Z]$/.test(c) ? `0${c}` : c;
  },
  allow: PUBLISHED,
  validate: (value) => {
    const digits = numberOf(value);
    // 11111111H, X1111111G, L1111111G: valid letters on placeholder numbers.
    return !allSame(digits) && nifCheck(value);
  },
  examples: {
    keyword: 'NIF',
    match: ['73918264J', '50.218.397-J', '8130572-A', 'Y3054817V', 'Z-6071942-Q', 'K2846103Z', 'M6204815J'],
    noMatch: [
      'NIF 73918264K', // wrong letter
      'NIF Y3054817W', // wrong letter
      'NIF: 12345678Z', // the DNI card's specimen
      'NIF 00000000T', // all zero (the letter fits)
      'NIF 11111111H', // placeholder (the letter fits)
      'NIF 739182641J', // nine digits
      'NIF W3054817V', // W is no NIE/NIF prefix
      'NIF 50.218397-J', // inconsistent dots
      'NIF B37020377', // a company (CIF)
      'pedido 73918264J enviado', // no keyword
    ],
  },
});
