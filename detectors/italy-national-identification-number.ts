import { defineDetector } from '../src/define.js';

/** Values of characters in odd positions (1st, 3rd, …): digits 0–9 as A–J, then K–Z. */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Digits, or the letters LMNPQRSTUV that replace them in homocodic codes. */
const digitValue = (c: string): number => (c <= '9' ? c.charCodeAt(0) - 48 : 'LMNPQRSTUV'.indexOf(c));
const value = (c: string): number => (c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65);

/** Check character: odd positions through ODD, even positions as 0–25, sum mod 26 as A–Z. */
function checkChar(code: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? ODD[value(code[i]!)]! : value(code[i]!);
  return String.fromCharCode(65 + (sum % 26));
}

/** Wikipedia's example (Mario Rossi), the usual test value. */
const PUBLISHED = ['RSSMRA85T10A562S'];

export default defineDetector({
  id: 'italy-national-identification-number',
  type: 'ITALY_NATIONAL_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['IT'],
  description: 'Italian codice fiscale of a person (16 characters) with its keyword',
  validation: 'check character (odd/even position tables, mod 26); day of birth 1–31 or 41–71',
  pattern: /(?<![A-Za-z\d])[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z](?![A-Za-z\d])/g,
  maxLength: 16,
  keywords: {
    // Macie lists `codice fiscal`; keywords must stand as words, so `codice fiscale` is added.
    words: ['codice fiscal', 'codice fiscale', 'tessera sanitaria', 'tax code'],
    required: true,
  },
  allow: PUBLISHED,
  validate: (v) => {
    const day = (digitValue(v[9]!) * 10 + digitValue(v[10]!)) % 40;
    return day >= 1 && day <= 31 && checkChar(v) === v[15];
  },
  examples: {
    keyword: 'codice fiscale',
    match: ['BNCLRA90A41H501F', 'VRDGPP72C15F205P', 'FRRLCU68M22L219E', 'CSTNNA01E60G273J', 'RSSMRA85T10A56RV'],
    noMatch: [
      'codice fiscale BNCLRA90A41H501G', // wrong check character
      'codice fiscale: RSSMRA85T10A562S', // Wikipedia's example
      'codice fiscale BNCLRA90A00H501F', // day 00
      'codice fiscale BNCLRA90F41H501F', // F is not a month letter
      'codice fiscale BNCLRA90A41H501FX', // 17 characters
      'user VRDGPP72C15F205P logged in', // no keyword
    ],
  },
});
