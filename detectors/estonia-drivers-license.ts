import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Estonian driving licence (juhiluba) number: the letters ET and six digits (Microsoft Purview's
 * "Estonia driver's license number"; no published check digit, and the number is not the holder's
 * isikukood). Two letters and six digits are a US licence shape too: the value needs an Estonian keyword
 * or Estonia named near, an English "driver's licence" alone is not enough.
 */
const NATIVE = [
  // Purview's Keywords_estonia_eu_driver's_license_number (without its "permis de conduire", the French
  // and Belgian keyword) and the inflected forms they contain.
  'juhiluba', 'juhiloa', 'juhiloa number', 'juhilubade', 'juhilubade numbrid', 'juhilubade number',
];
const inLocalContext = localContext([...NATIVE, 'estonia', 'estonian', 'eesti', 'eesti vabariik', 'transpordiamet']);

export default defineDetector({
  id: 'estonia-drivers-license',
  type: 'ESTONIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['EE'],
  description: "Estonian driver's licence (juhiluba) number, ET + 6 digits, with its keyword",
  validation:
    'ET and 6 digits (no public check digit; format from Purview); the digits not one digit repeated, not 123456; an Estonian keyword (juhiluba) or Estonia named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d-])ET\d{6}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 8,
  keywords: {
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  validate: (value, ctx) => {
    const digits = value.slice(2);
    if (allSame(digits) || digits === '123456') return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'juhiluba',
    match: ['ET402981', 'ET063715', 'ET918264', 'ET550173'],
    noMatch: [
      "driver's licence ET402981", // English keyword only: the US detector's
      'juhiluba ET000000', // all zero
      'juhiluba ET123456', // the placeholder
      'juhiluba ET4029815', // 7 digits
      'juhiluba EE402981', // not ET
      'juhiluba ET 402981', // spaced: not the documented form
      'juhiluba et402981', // lower case is not how licences are printed
      'tellimus ET402981 saadetud', // no keyword
    ],
  },
});
