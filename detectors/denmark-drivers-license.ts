import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame, isYyyymmdd } from '../src/checks.js';

/**
 * Danish driving licence (kørekort) number: eight digits without spaces or separators (Microsoft
 * Purview's "Denmark driver's license number"; no published check digit).
 */

/**
 * Danish words that make the 8 digits Danish: the native keywords and the country's names. An English
 * "driver's licence" alone does not: 8 digits are a US (and an Austrian) licence shape too.
 */
const NATIVE = ['kørekort', 'korekort', 'koerekort', 'kørekortnummer', 'korekortnummer', 'kørekortnr', 'kørekortet'];
const inLocalContext = localContext([...NATIVE, 'denmark', 'danish', 'danmark', 'dansk', 'danske', 'færdselsstyrelsen']);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['12345678'];

export default defineDetector({
  id: 'denmark-drivers-license',
  type: 'DENMARK_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['DK'],
  description: "Danish driver's licence (kørekort) number, 8 digits, with its keyword",
  validation:
    '8 digits (no public check digit); not one digit repeated, not an 8-digit date YYYYMMDD; a Danish keyword (kørekort) or Denmark named near, not only an English keyword',
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
    keyword: 'korekort',
    match: ['30582716', '07194452', '81046239', '55120873'],
    noMatch: [
      "driver's licence 30582716", // English keyword only: the US detector's
      'korekort 00000000', // all zero
      'korekort 20230115', // a date YYYYMMDD
      'korekort 12345678', // the placeholder
      'korekort 305827169', // 9 digits
      'korekort 3058-2716', // separated: not the documented form
      'order 30582716 shipped', // no keyword
      'korekort 1.30582716', // a decimal fraction
    ],
  },
});
