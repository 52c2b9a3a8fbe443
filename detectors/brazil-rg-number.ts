import { defineDetector } from '../src/define.js';
import { allSame } from '../src/checks.js';

/**
 * RG check digit of São Paulo's SSP (the format most states' validators implement): weights 2..9
 * over the eight digits from the left, 11 − (sum mod 11); 11 → 0, 10 → X. The same digit as the
 * form with weights 9..2 and "sum mod 11" (as 11 − w ≡ −w mod 11).
 */
export function rgCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (body.charCodeAt(i) - 48) * (i + 2);
  const r = (11 - (sum % 11)) % 11;
  return r === 10 ? 'X' : String(r);
}

/**
 * Documentation examples: the 12.345.678 sequence with its check digit, the README example of the
 * PyPI package validate-rg (50.567.509-2) and the POD example of Perl's Business::BR::RG (39.985.676-6).
 */
const PUBLISHED = ['123456782', '505675092', '399856766'];

/**
 * The ripgrep command line: lower-case `rg` followed by options, then the value as its search pattern
 * ("rg -n 102938477 src/"). Such a value is not reported.
 */
const RIPGREP = /(?<![A-Za-z\d.])rg(?:[ \t]+-{1,2}[A-Za-z][\w=-]*(?:[ \t]+[^\s-]\S*)?)+[ \t]+['"]?$/;

export default defineDetector({
  id: 'brazil-rg-number',
  type: 'BRAZIL_RG_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['BR'],
  description: 'Brazilian RG identity card number, São Paulo format (12.345.678-9 or 12345678X), with its keyword',
  // Other states number RGs in their own ways (lengths 5–14, most without a published check digit):
  // without a check digit a bare digit run next to "RG" is not evidence enough, so only the SSP-SP
  // 8 + 1 form is matched.
  validation:
    'SSP-SP check digit: weights 2–9, 11 − (sum mod 11), 10 → X, 11 → 0; all-same-digit bodies rejected; not as the search pattern of an `rg -…` command line',
  pattern: /(?<![A-Za-z\d./-])(?:\d{2}\.\d{3}\.\d{3}-|\d{8}-?)[\dXx](?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 12,
  keywords: {
    // Whole words only (so "rg" is not found in "org" or "rgb"). Bare "rg" is also ripgrep's command
    // name: a value still has to pass the check digit (1 in 11 for a random 9-digit run), and one
    // that follows `rg` and its options on a command line is dropped (see RIPGREP).
    words: [
      'rg', 'r.g.', 'registro geral', 'carteira de identidade', 'cédula de identidade', 'cedula de identidade',
      'identidade', 'número do rg', 'numero do rg',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/[.-]/g, '').toUpperCase(),
  allow: PUBLISHED,
  validate: (value, ctx) => {
    const v = value.replace(/[.-]/g, '').toUpperCase();
    const body = v.slice(0, 8);
    if (allSame(body) || rgCheckDigit(body) !== v[8]) return false;
    return !RIPGREP.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
  },
  examples: {
    keyword: 'RG',
    match: ['24.681.357-X', '735192649', '10.293.847-7', '58203716-5', '46017390x'],
    noMatch: [
      'RG 24.681.357-4', // wrong check digit
      'RG: 12.345.678-2', // documentation example
      'RG 00.000.000-0', // all zero
      'RG 11.111.111-1', // all the same digit
      'RG 7351926490', // 10 digits
      'RG 1.735.192.649', // inside a longer dotted number
      'CPF 735.192.649-00', // a CPF, not an RG
      'pedido 735192649 enviado', // no keyword
      'cd org 10.293.847-7', // "rg" inside a word
      'rg -n --max-count 1 735192649 src/', // ripgrep's command line
    ],
  },
});
