import { defineDetector } from '../src/define.js';

/** NIR key: 97 − (first 13 digits mod 97), with Corsica's 2A read as 19 and 2B as 18. */
function nirCheck(v: string): boolean {
  const dept = v.slice(5, 7);
  const body = v.slice(0, 5) + (dept === '2A' ? '19' : dept === '2B' ? '18' : dept) + v.slice(7, 13);
  let r = 0;
  for (let i = 0; i < 13; i++) r = (r * 10 + body.charCodeAt(i) - 48) % 97;
  return 97 - r === Number(v.slice(13));
}

/**
 * A NIR as written (digits, 2A/2B, optional single spaces) passes its key and is not all zero. Shared
 * with detectors/france-health-insurance-number.ts (the carte Vitale carries the same number).
 */
export function isValidNir(value: string): boolean {
  const v = value.replace(/ /g, '');
  return !/^\d0{12}/.test(v) && nirCheck(v);
}

/** python-stdnum's documented example NIR. */
export const NIR_PUBLISHED: readonly string[] = ['295109912611193'];

export default defineDetector({
  id: 'france-national-identification-number',
  type: 'FRANCE_NATIONAL_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['FR'],
  description: 'French INSEE number / NIR (15 characters: 13 digits or Corsican 2A/2B, and a 2-digit key) with its keyword',
  validation: 'key = 97 − (13-digit number mod 97), 2A read as 19 and 2B as 18; all-zero numbers rejected',
  // 1 85 05 78 006 084 91: sex, year, month, department (2A/2B), commune, serial, key.
  pattern: /(?<![A-Za-z\d-]|\d\.)[1-478]( ?)\d{2}\1\d{2}\1(?:\d{2}|2[AB])\1\d{3}\1\d{3}\1\d{2}(?![A-Za-z\d]|[-.]\d)/g,
  maxLength: 21,
  keywords: {
    words: ['insee', 'cni', 'ssn', 'social security number', 'national id number'],
    required: true,
  },
  normalize: (v) => v.replace(/ /g, ''),
  allow: NIR_PUBLISHED,
  validate: (value) => isValidNir(value),
  examples: {
    keyword: 'INSEE',
    match: ['2 85 10 54 158 610 48', '176074303631686', '1 32 10 67 982 880 52', '1 48 11 2A 016 261 12'],
    noMatch: [
      'INSEE 2 85 10 54 158 610 49', // wrong key
      'INSEE 1 48 11 2C 016 261 12', // no department 2C
      'INSEE 1 48 11 2B 016 261 12', // key of 2A, not 2B
      'INSEE: 2 95 10 99 126 111 93', // published example
      'INSEE 28510541586104', // 14 digits
      'batch 176074303631686 done', // no keyword
    ],
  },
});
