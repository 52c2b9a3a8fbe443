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

/** True when the string has an upper-case letter, a lower-case letter and a digit. */
export function mixedCaseAndDigit(s: string): boolean {
  return /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s);
}
