import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame, isYyyymmdd } from '../src/checks.js';

/**
 * Austrian driving licence (Führerschein) number: eight digits without spaces or separators (Microsoft
 * Purview's "Austria driver's license number"; no published check digit).
 */

/**
 * German words that make the 8 digits Austrian: the native keywords and the country's names. An English
 * "driver's licence" alone does not: 8 digits are a US (and a Danish) licence shape too.
 */
const NATIVE = ['führerschein', 'fuhrerschein', 'fuehrerschein', 'führerscheinnummer', 'fuhrerscheinnummer', 'fuehrerscheinnummer', 'führerschein nr', 'lenkberechtigung'];
const inLocalContext = localContext([...NATIVE, 'austria', 'austrian', 'österreich', 'osterreich', 'oesterreich', 'österreichisch', 'österreichische', 'österreichischer', 'oesterreichische']);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['12345678'];

export default defineDetector({
  id: 'austria-drivers-license',
  type: 'AUSTRIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['AT'],
  description: "Austrian driver's licence (Führerschein) number, 8 digits, with its keyword",
  validation:
    '8 digits (no public check digit); not one digit repeated, not an 8-digit date YYYYMMDD; a German keyword (Führerschein) or Austria named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d+-]|\d[./])\d{8}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 8,
  keywords: {
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
    keyword: 'fuehrerschein',
    match: ['41937025', '06258813', '93170462', '27704519'],
    noMatch: [
      "driver's licence 41937025", // English keyword only: the US detector's
      'fuehrerschein 00000000', // all zero
      'fuehrerschein 20230115', // a date YYYYMMDD
      'fuehrerschein 12345678', // the placeholder
      'fuehrerschein 419370259', // 9 digits
      'fuehrerschein 4193-7025', // separated: not the documented form
      'order 41937025 shipped', // no keyword
      'fuehrerschein 1.41937025', // a decimal fraction
    ],
  },
});
