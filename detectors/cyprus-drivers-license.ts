import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Cypriot driving licence (άδεια οδήγησης) number: twelve digits without spaces or separators
 * (Microsoft Purview's "Cyprus driver's license number"; no published check digit). Twelve digits are
 * a US (and a French) licence shape too: the value needs a Greek keyword or Cyprus named near, an
 * English "driver's licence" alone is not enough.
 */
/** A 12-digit run that reads as a timestamp YYYYMMDDhhmm. */
const STAMP = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d$/;

const NATIVE = [
  // Purview's Keywords_cyprus_eu_driver's_license_number, without the accents (as written in capitals),
  // the genitive (αριθμός άδειας οδήγησης), and the ELOT 743 transliteration (Greeklish).
  'άδεια οδήγησης', 'αριθμό άδειας οδήγησης', 'άδειες οδήγησης', 'άδειας οδήγησης',
  'αδεια οδηγησης', 'αδειες οδηγησης', 'αδειας οδηγησης', 'adeia odigisis', 'adeias odigisis',
];
const inLocalContext = localContext([...NATIVE, 'cyprus', 'cypriot', 'κύπρος', 'κυπρος', 'κύπρου', 'κυπρου', 'κυπριακή', 'κυπριακη', 'kypros']);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['123456789012'];

export default defineDetector({
  id: 'cyprus-drivers-license',
  type: 'CYPRUS_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['CY'],
  description: "Cypriot driver's licence (άδεια οδήγησης) number, 12 digits, with its keyword",
  validation:
    '12 digits (no public check digit; format from Purview); not one digit repeated, not a timestamp YYYYMMDDhhmm; a Greek keyword (άδεια οδήγησης) or Cyprus named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d+-]|\d[./])\d{12}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 12,
  keywords: {
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  allow: PUBLISHED,
  validate: (value, ctx) => {
    if (allSame(value) || STAMP.test(value)) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'adeia odigisis',
    match: ['604918273051', '038271946502', '771203948615', '450096182734'],
    noMatch: [
      "driver's licence 604918273051", // English keyword only: the US detector's
      'adeia odigisis 000000000000', // all zero
      'adeia odigisis 202301151230', // a timestamp YYYYMMDDhhmm
      'adeia odigisis 123456789012', // the placeholder
      'adeia odigisis 6049182730512', // 13 digits
      'adeia odigisis 60491827305', // 11 digits
      'adeia odigisis 6049-1827-3051', // separated: not the documented form
      'order 604918273051 shipped', // no keyword
      'adeia odigisis 1.604918273051', // a decimal fraction
    ],
  },
});
