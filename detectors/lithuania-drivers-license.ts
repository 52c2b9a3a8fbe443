import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame, isYyyymmdd } from '../src/checks.js';

/**
 * Lithuanian driving licence (vairuotojo pažymėjimas) number: eight digits without spaces or separators
 * (Microsoft Purview's "Lithuania driver's license number"; no published check digit; the card number is
 * not the 11-digit asmens kodas, which has its own field).
 */

/**
 * Lithuanian words that make the 8 digits Lithuanian: the native keywords and the country's names. An
 * English "driver's licence" alone does not: 8 digits are a US (and an Austrian, a Danish) licence shape too.
 */
const NATIVE = [
  'vairuotojo pažymėjimas', 'vairuotojo pazymejimas', 'vairuotojo pažymėjimo', 'vairuotojo pazymejimo',
  'vairuotojo pažymėjimo numeris', 'vairuotojo pazymejimo numeris', 'vairuotojo pažymėjimo numeriai',
  'vairuotojo pazymejimo numeriai', 'vairuotojo pažymėjimai',
];
const inLocalContext = localContext([...NATIVE, 'lithuania', 'lithuanian', 'lietuva', 'lietuvos', 'lietuviškas', 'lietuviskas', 'regitra']);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['12345678'];

export default defineDetector({
  id: 'lithuania-drivers-license',
  type: 'LITHUANIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['LT'],
  description: "Lithuanian driver's licence (vairuotojo pažymėjimas) number, 8 digits, with its keyword",
  validation:
    '8 digits (no public check digit; format from Purview); not one digit repeated, not an 8-digit date YYYYMMDD; a Lithuanian keyword (vairuotojo pažymėjimas) or Lithuania named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d+-]|\d[./])\d{8}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 8,
  keywords: {
    // macie.md's / Purview's Lithuanian keywords with their unaccented forms, and the shared English terms.
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  allow: PUBLISHED,
  validate: (value, ctx) => {
    if (allSame(value) || isYyyymmdd(value)) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'vairuotojo pazymejimas',
    match: ['58203917', '04419562', '37610845', '91527306'],
    noMatch: [
      "driver's licence 58203917", // English keyword only: the US detector's
      'vairuotojo pazymejimas 00000000', // all zero
      'vairuotojo pazymejimas 20230115', // a date YYYYMMDD
      'vairuotojo pazymejimas 12345678', // the placeholder
      'vairuotojo pazymejimas 582039174', // 9 digits
      'vairuotojo pazymejimas 5820-3917', // separated: not the documented form
      'užsakymas 58203917 išsiųstas', // no keyword
      'vairuotojo pazymejimas 1.58203917', // a decimal fraction
    ],
  },
});
