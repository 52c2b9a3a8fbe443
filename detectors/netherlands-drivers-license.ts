import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Dutch driving licence number (rijbewijsnummer, field 5 of the card, RDW): 10 digits without spaces
 * or separators (Microsoft Purview's "Netherlands driver's license number"; no published check digit).
 * Ten digits are a US licence shape too, and Belgium's: the value needs a Dutch keyword or the
 * Netherlands named near, an English "driver's licence" alone is not enough. Next to "rijbewijs" (Dutch
 * and Flemish) the Belgian detector reports the value as well, unless a country is named before it.
 */
const NATIVE = ['rijbewijs', 'rijbewijsnummer', 'rijbewijzen', 'rijbewijs nr'];
const inLocalContext = localContext([...NATIVE, 'netherlands', 'dutch', 'holland', 'nederland', 'nederlands', 'nederlandse', 'rdw']);

export default defineDetector({
  id: 'netherlands-drivers-license',
  type: 'NETHERLANDS_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['NL'],
  description: "Dutch driver's licence (rijbewijs) number, 10 digits, with its keyword",
  validation:
    '10 digits (no public check digit; format from Purview); not one digit repeated; a Dutch keyword (rijbewijs) or the Netherlands named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d+-]|\d\.)\d{10}(?![A-Za-z\d]|[.-]\d)/g,
  maxLength: 10,
  keywords: {
    // macie.md's NL keywords (rijbewijs, rijbewijsnummer) with Purview's plurals, and the shared English
    // terms (Purview's Keywords_eu_driver's_license_number). Purview's "permis de conduire" is left out:
    // it is the French and Belgian keyword.
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
    keyword: 'rijbewijsnummer',
    match: ['5081937246', '4127750398', '3906618240', '5590214873'],
    noMatch: [
      "driver's license 5081937246", // English keyword only: the US detector's
      'rijbewijs 0000000000', // all zero
      'rijbewijs 50819372461', // 11 digits
      'rijbewijs 508193724', // 9 digits
      'rijbewijs 5081-937246', // separated: not the documented form
      'bestelling 5081937246 verzonden', // no keyword
      'rijbewijs 1.5081937246', // a decimal fraction
    ],
  },
});
