/** Pure validators shared by detectors. Inputs are plain strings; none of them allocates much. */

/** Luhn (mod 10) over a string of digits. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** ISO 7064 mod 97-10 as used by IBAN: true when the rearranged value leaves remainder 1. */
export function ibanMod97(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return false;
  }
  return r === 1;
}

/** Only the ASCII digits of a string. */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}

/** Removes spaces and hyphens (the separators Macie accepts inside numbers). */
export function stripSeparators(s: string): string {
  return s.replace(/[ -]+/g, '');
}

/** True when every character is the same ("0000000", "1111-1111"). */
export function allSame(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s[i] !== s[0]) return false;
  return true;
}

/** An 8-digit run that reads as a date YYYYMMDD (an issue or expiry date next to a licence keyword). */
export function isYyyymmdd(s: string): boolean {
  return YYYYMMDD.test(s);
}
const YYYYMMDD = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** True when the string has an upper-case letter, a lower-case letter and a digit. */
export function mixedCaseAndDigit(s: string): boolean {
  return /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s);
}

/**
 * An armoured key block (BEGIN … END) carries a base64 body. The two marker lines with no base64
 * between them are code that names the markers (a key parser's constants), not a key. The BEGIN
 * line alone (a key cut off, or the rest out of reach) is kept.
 */
export function armourHasBody(value: string): boolean {
  const body = /^-----BEGIN [^-]*-----([\s\S]*)-----END /.exec(value)?.[1];
  return body === undefined || /[A-Za-z0-9+/]{32}/.test(body);
}

/** Sum of digit × weight over the first `weights.length` characters of a digit string. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum;
}

/** The common mod-11 check digit (Brazil's CPF and CNPJ): r = sum mod 11; 0 when r < 2, else 11 − r. */
export function mod11CheckDigit(digits: string, weights: readonly number[]): number {
  const r = weightedSum(digits, weights) % 11;
  return r < 2 ? 0 : 11 - r;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff (dihedral group D5) over a string of digits whose last digit is the check digit. */
export function verhoeff(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d]!]!;
  }
  return digits.length > 0 && c === 0;
}

/** ISO 7064 MOD 11,10 (hybrid system) over a string of digits whose last digit is the check digit. */
export function iso7064Mod11x10(digits: string): boolean {
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    const sum = (d + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return digits.length > 1 && check === digits.charCodeAt(digits.length - 1) - 48;
}

/** The check letter of Spain's DNI/NIF and NIE: "TRWAGMYFPDXBNJZSQVHLCKE"[n mod 23] over the digits of n. */
export function spainCheckLetter(digits: string): string {
  let r = 0;
  for (let i = 0; i < digits.length; i++) r = (r * 10 + digits.charCodeAt(i) - 48) % 23;
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[r]!;
}
