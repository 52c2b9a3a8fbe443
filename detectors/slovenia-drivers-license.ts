import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Slovenian driving licence (vozniško dovoljenje) number as Microsoft Purview's "Slovenia driver's
 * license number" describes it: nine digits without spaces or delimiters. No check digit is published
 * (the number is not the holder's EMŠO, which has 13 digits).
 */
/**
 * Slovenian words that make nine digits (a US licence shape too) Slovenian: the native keywords and the
 * country's names. An English "driver's licence" alone does not.
 */
const NATIVE = [
  'vozniško dovoljenje', 'voznisko dovoljenje', 'vozniškega dovoljenja', 'vozniskega dovoljenja',
  'vozniška številka licence', 'vozniska stevilka licence', 'vozniških dovoljenj', 'voznisih dovoljenj',
  'vozniskih dovoljenj', 'številka vozniškega dovoljenja', 'stevilka vozniskega dovoljenja',
  'številke vozniških dovoljenj', 'stevilke vozniskih dovoljenj',
];
const inLocalContext = localContext([...NATIVE, 'slovenia', 'slovenian', 'slovenija', 'slovenije', 'sloveniji', 'republika slovenija', 'republike slovenije']);

export default defineDetector({
  id: 'slovenia-drivers-license',
  type: 'SLOVENIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['SI'],
  description: "Slovenian driver's licence (vozniško dovoljenje) number, 9 digits, with its keyword",
  validation:
    "Purview's shape: 9 digits (no public check digit); not one digit repeated; a Slovenian keyword (vozniško dovoljenje) or Slovenia named near, not only an English keyword",
  pattern: /(?<![A-Za-z\d+-]|\d[./])\d{9}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 9,
  keywords: {
    // Purview's Slovenian list with and without diacritics (and the genitive "vozniškega dovoljenja"),
    // and the shared English terms.
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  validate: (value, ctx) => {
    if (allSame(value)) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'voznisko dovoljenje',
    match: ['408193725', '120574836', '931706248', '275019364'],
    noMatch: [
      "driver's licence 408193725", // English keyword only: the US detector's
      'voznisko dovoljenje 000000000', // all zero
      'voznisko dovoljenje 444444444', // one digit repeated
      'voznisko dovoljenje 4081937251', // 10 digits
      'voznisko dovoljenje 40819372', // 8 digits
      'voznisko dovoljenje 408-193725', // separated: not the documented form
      'narocilo 408193725 poslano', // no keyword
      'voznisko dovoljenje 1.408193725', // a decimal fraction
    ],
  },
});
