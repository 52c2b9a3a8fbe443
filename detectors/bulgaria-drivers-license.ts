import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Bulgarian driving licence (свидетелство за управление на МПС, "шофьорска книжка") number: nine
 * digits without spaces or separators (Microsoft Purview's "Bulgaria driver's license number"; no
 * published check digit, and the number is not the holder's EGN). Nine digits are a US licence shape
 * too: the value needs a Bulgarian keyword or Bulgaria named near, an English "driver's licence" alone
 * is not enough.
 */
const NATIVE = [
  // Purview's Keywords_bulgaria_eu_driver's_license_number.
  'свидетелство за управление на мпс', 'свидетелство за управление на моторно превозно средство', 'сумпс',
  'шофьорска книжка', 'шофьорски книжки',
  // The same in the official Latin transliteration (Bulgarian Transliteration Act), as written in Latin script.
  'shofyorska knizhka', 'shofyorski knizhki', 'svidetelstvo za upravlenie na mps',
];
const inLocalContext = localContext([...NATIVE, 'bulgaria', 'bulgarian', 'българия', 'български', 'българско', 'balgariya', 'republika balgariya']);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['123456789'];

export default defineDetector({
  id: 'bulgaria-drivers-license',
  type: 'BULGARIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['BG'],
  description: "Bulgarian driver's licence (шофьорска книжка) number, 9 digits, with its keyword",
  validation:
    '9 digits (no public check digit; format from Purview); not one digit repeated; a Bulgarian keyword (шофьорска книжка, СУМПС) or Bulgaria named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d+-]|\d[./])\d{9}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 9,
  keywords: {
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  allow: PUBLISHED,
  validate: (value, ctx) => {
    if (allSame(value)) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'shofyorska knizhka',
    match: ['284019375', '061937248', '930571164', '500824396'],
    noMatch: [
      "driver's licence 284019375", // English keyword only: the US detector's
      'shofyorska knizhka 000000000', // all zero
      'shofyorska knizhka 777777777', // one digit repeated
      'shofyorska knizhka 123456789', // the placeholder
      'shofyorska knizhka 2840193751', // 10 digits (an EGN's length)
      'shofyorska knizhka 28401937', // 8 digits
      'shofyorska knizhka 284-019-375', // separated: not the documented form
      'order 284019375 shipped', // no keyword
      'shofyorska knizhka 1.284019375', // a decimal fraction
    ],
  },
});
