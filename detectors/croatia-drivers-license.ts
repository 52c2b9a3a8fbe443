import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Croatian driving licence (vozačka dozvola) number: eight digits without spaces or separators
 * (Microsoft Purview's "Croatia driver's license number"; no published check digit, and the number is
 * not the holder's OIB). Eight digits are a US (and an Austrian, a Danish) licence shape too: the value
 * needs a Croatian keyword or Croatia named near, an English "driver's licence" alone is not enough.
 */
/** An 8-digit run that reads as a date, YYYYMMDD or DDMMYYYY (an issue or expiry date next to the keyword). */
const DATE =
  /^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)$/;

const NATIVE = [
  // Purview's Keywords_croatia_eu_driver's_license_number, and the same without diacritics.
  'vozačka dozvola', 'vozačke dozvole', 'vozacka dozvola', 'vozacke dozvole', 'vozačku dozvolu', 'vozacku dozvolu',
];
const inLocalContext = localContext([...NATIVE, 'croatia', 'croatian', 'hrvatska', 'hrvatske', 'republika hrvatska']);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['12345678'];

export default defineDetector({
  id: 'croatia-drivers-license',
  type: 'CROATIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['HR'],
  description: "Croatian driver's licence (vozačka dozvola) number, 8 digits, with its keyword",
  validation:
    '8 digits (no public check digit; format from Purview); not one digit repeated, not an 8-digit date YYYYMMDD or DDMMYYYY; a Croatian keyword (vozačka dozvola) or Croatia named near, not only an English keyword',
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
    if (allSame(value) || DATE.test(value)) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'vozacka dozvola',
    match: ['10493827', '83520716', '04718295', '69301542'],
    noMatch: [
      "driver's licence 10493827", // English keyword only: the US detector's
      'vozacka dozvola 00000000', // all zero
      'vozacka dozvola 20230115', // a date YYYYMMDD
      'vozacka dozvola 15012023', // a date DDMMYYYY
      'vozacka dozvola 12345678', // the placeholder
      'vozacka dozvola 104938271', // 9 digits
      'vozacka dozvola 1049-3827', // separated: not the documented form
      'narudzba 10493827 poslana', // no keyword
      'vozacka dozvola 1.10493827', // a decimal fraction
    ],
  },
});
