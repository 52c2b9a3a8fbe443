import { defineDetector } from '../src/define.js';
import { iso7064Mod11x10 } from '../src/checks.js';

/** In the first ten digits exactly one digit occurs twice or three times, every other at most once. */
function repetitionRule(d: string): boolean {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d.charCodeAt(i) - 48]!++;
  let repeated = 0;
  for (const c of counts) {
    if (c > 3) return false;
    if (c > 1) repeated++;
  }
  return repeated === 1;
}

/** python-stdnum's documented example. */
const PUBLISHED = ['36574261809'];

export default defineDetector({
  id: 'germany-tax-identification-number',
  type: 'GERMANY_TAX_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['DE'],
  description: 'German tax identification number / Steuer-IdNr (11 digits) with its keyword',
  validation: 'ISO 7064 MOD 11,10 check digit; first digit not 0; one digit repeated 2–3 times in the first ten',
  pattern: /(?<![\d-]|\d\.)[1-9]\d( ?)\d{3}\1\d{3}\1\d{3}(?![\d]|[-.]\d)/g,
  maxLength: 14,
  keywords: {
    words: ['steuer id', 'steueridentifikationsnummer', 'steuernummer', 'tax id'],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return repetitionRule(d) && iso7064Mod11x10(d);
  },
  examples: {
    keyword: 'Steuer-ID',
    match: ['59608764364', '54 268 149 739', '86100502490', '79830214965'],
    noMatch: [
      'Steuer-ID 59608764365', // check digit fails
      'Steuer-ID 12345678903', // check digit right, but no digit repeated
      'Steuer-ID: 36 574 261 809', // published example
      'Steuer-ID 11111111116', // one digit ten times
      'Steuer-ID 596087643640', // 12 digits
      'Artikel 86100502490 lieferbar', // no keyword
    ],
  },
});
