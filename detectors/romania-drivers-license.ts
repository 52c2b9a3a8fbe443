import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Romanian driving licence (permis de conducere) number as Microsoft Purview's "Romania driver's license
 * number" describes it: one letter or digit followed by eight digits. No check digit is published (the
 * licence also carries the holder's CNP, in another field, 13 digits: that is not this number).
 */
/**
 * Romanian words that make the value Romanian: the native keywords and the country's names. Nine digits
 * and a letter with eight digits are US licence shapes too: an English "driver's licence" alone does not.
 */
const NATIVE = [
  'permis de conducere', 'permisul de conducere', 'permisului de conducere', 'permisele de conducere',
  'permis conducere', 'permisul conducere', 'permisului conducere', 'permisele conducere',
];
const inLocalContext = localContext([...NATIVE, 'romania', 'românia', 'româniei', 'romaniei', 'romanian', 'român', 'română', 'drpciv']);

export default defineDetector({
  id: 'romania-drivers-license',
  type: 'ROMANIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['RO'],
  description: "Romanian driver's licence (permis de conducere) number, a letter or digit and 8 digits, with its keyword",
  validation:
    "Purview's shape: 1 letter or digit, then 8 digits (no public check digit); the digits not all zero, not one digit repeated; a Romanian keyword (permis de conducere) or Romania named near, not only an English keyword",
  pattern: /(?<![A-Za-z\d+-]|\d[./])[A-Z\d]\d{8}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 9,
  keywords: {
    // Purview's Romanian list (with "permisul", the article form) and the shared English terms.
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  validate: (value, ctx) => {
    const digits = value.slice(1);
    if (/^0+$/.test(digits) || allSame(value) || allSame(digits)) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'permis de conducere',
    match: ['B28401937', '403918275', 'C70215864', '918305642'],
    noMatch: [
      "driver's licence B28401937", // English keyword only: the US detector's
      'permis de conducere B00000000', // digits all zero
      'permis de conducere 777777777', // one digit repeated
      'permis de conducere B284019371', // 9 digits after the letter
      'permis de conducere 28401937', // 8 digits
      'permis de conducere AB28401937', // two letters
      'comanda 403918275 livrata', // no keyword
      'permis de conducere 1.403918275', // a decimal fraction
    ],
  },
});
