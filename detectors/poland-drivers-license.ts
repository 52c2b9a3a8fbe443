import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Polish driving licence (prawo jazdy) number as Microsoft Purview's "Poland driver's license number"
 * describes it: five digits, a slash, two digits, a slash, four or seven digits (00123/21/4567: a
 * running number, the year, the issuing authority's code). No check digit is published.
 */
/** The example of this project's brief and of placeholder texts, normalized. */
const PUBLISHED = ['00123214567'];

export default defineDetector({
  id: 'poland-drivers-license',
  type: 'POLAND_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['PL'],
  description: "Polish driver's licence (prawo jazdy) number, 5/2/4 or 5/2/7 digits (00123/21/4567), with its keyword",
  validation:
    "Purview's shape 5 digits / 2 digits / 4 or 7 digits (no public check digit); running number and authority code not all zeros, not one digit repeated",
  // The slashes are part of the number; no other separator is used.
  pattern: /(?<![A-Za-z\d/-]|\d\.)\d{5}\/\d{2}\/(?:\d{7}|\d{4})(?![A-Za-z\d/]|[-.]\d)/g,
  maxLength: 16,
  keywords: {
    // Purview's Polish list (prawo jazdy, prawa jazdy: "numer prawa jazdy" contains it) and the
    // English terms shared with the other licences: the slashed shape is no US licence's.
    words: [
      'prawo jazdy', 'prawa jazdy', 'prawem jazdy',
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  normalize: (v) => v.replace(/\//g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const [serial, , authority] = value.split('/') as [string, string, string];
    return !/^0+$/.test(serial) && !/^0+$/.test(authority) && !allSame(value.replace(/\//g, ''));
  },
  examples: {
    keyword: 'prawo jazdy',
    match: ['04817/19/1465', '12093/08/0261', '00562/15/1204016', '31778/22/2408'],
    noMatch: [
      'prawo jazdy 00000/19/1465', // running number all zeros
      'prawo jazdy 04817/19/0000', // authority code all zeros
      'prawo jazdy 11111/11/1111', // one digit repeated
      'prawo jazdy 00123/21/4567', // the documentation example
      'prawo jazdy 04817/19/14651', // five digits after the last slash
      'prawo jazdy 4817/19/1465', // four digits before the first slash
      'prawo jazdy 204817/19/1465', // inside a longer number
      'invoice 04817/19/1465 paid', // no keyword
    ],
  },
});
