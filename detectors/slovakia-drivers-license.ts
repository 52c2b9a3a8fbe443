import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame, isYyyymmdd } from '../src/checks.js';

/**
 * Slovak driving licence (vodičský preukaz) number as Microsoft Purview's "Slovakia driver's license
 * number" describes it: one letter or digit followed by seven digits. No check digit is published (the
 * number is not the holder's rodné číslo).
 */

/**
 * Slovak words that make the value Slovak: the native keywords and the country's names. Eight digits
 * and a letter with seven digits are US licence shapes too: an English "driver's licence" alone does
 * not. "Slovensko"/"slovenska" without the accent are left out: they are Slovenian words too.
 */
const NATIVE = [
  'vodičský preukaz', 'vodicsky preukaz', 'vodičské preukazy', 'vodicske preukazy', 'vodičského preukazu',
  'vodicskeho preukazu', 'vodičských preukazov', 'vodicskych preukazov', 'vodičák', 'vodicak',
];
const inLocalContext = localContext([...NATIVE, 'slovakia', 'slovak', 'slovenská republika', 'slovenskej republiky', 'slovenský', 'slovenského']);

export default defineDetector({
  id: 'slovakia-drivers-license',
  type: 'SLOVAKIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['SK'],
  description: "Slovak driver's licence (vodičský preukaz) number, a letter or digit and 7 digits, with its keyword",
  validation:
    "Purview's shape: 1 letter or digit, then 7 digits (no public check digit); the digits not all zero, not one digit repeated, not an 8-digit date YYYYMMDD; a Slovak keyword (vodičský preukaz) or Slovakia named near, not only an English keyword",
  pattern: /(?<![A-Za-z\d+-]|\d[./])[A-Z\d]\d{7}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 8,
  keywords: {
    // Purview's Slovak list with and without diacritics (and the colloquial "vodičák"), and the shared
    // English terms.
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  validate: (value, ctx) => {
    const digits = value.slice(1);
    if (/^0+$/.test(digits) || allSame(value) || allSame(digits) || isYyyymmdd(value)) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'vodicsky preukaz',
    match: ['S4820137', 'B7031952', '40918263', 'E5193708'],
    noMatch: [
      "driver's licence S4820137", // English keyword only: the US detector's
      'vodicsky preukaz S0000000', // digits all zero
      'vodicsky preukaz 20230115', // a date YYYYMMDD
      'vodicsky preukaz 55555555', // one digit repeated
      'vodicsky preukaz S48201375', // 8 digits after the letter
      'vodicsky preukaz SK4820137', // two letters
      'objednavka S4820137 odoslana', // no keyword
      'vodicsky preukaz 1.40918263', // a decimal fraction
    ],
  },
});
