import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Latvian driving licence (vadītāja apliecība) number: three letters followed by six digits (Microsoft
 * Purview's "Latvia driver's license number"; no published check digit), also written with a space
 * between the letters and the digits. Capital letters only, as printed on the card.
 * Three letters and six digits are a US licence shape too (North Dakota): the value needs a Latvian
 * keyword or Latvia named near, an English "driver's licence" alone is not enough.
 */
const NATIVE = [
  'autovadītāja apliecība', 'autovaditaja aplieciba', 'autovadītāja apliecības', 'autovaditaja apliecibas',
  'vadītāja apliecība', 'vaditaja aplieciba', 'vadītāja apliecības', 'vaditaja apliecibas',
  'transportlīdzekļa vadītāja apliecība',
];
const inLocalContext = localContext([...NATIVE, 'latvia', 'latvian', 'latvija', 'latvijas', 'latvijā', 'csdd']);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['ABC123456'];

export default defineDetector({
  id: 'latvia-drivers-license',
  type: 'LATVIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['LV'],
  description: "Latvian driver's licence (vadītāja apliecība) number, 3 letters and 6 digits, with its keyword",
  validation:
    '3 capital letters and 6 digits (no public check digit; format from Purview); digits not one digit repeated; a Latvian keyword (vadītāja apliecība) or Latvia named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d-])[A-Z]{3} ?\d{6}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 10,
  keywords: {
    // macie.md's / Purview's Latvian keywords (autovadītāja apliecība, autovadītāja apliecības, vadītāja
    // apliecība) with their unaccented forms, and the shared English terms.
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  normalize: (v) => v.replace(/ /g, ''),
  allow: PUBLISHED,
  validate: (value, ctx) => {
    if (allSame(value.replace(/\D/g, ''))) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'vaditaja aplieciba',
    match: ['AKL482917', 'RTD063158', 'MVZ 950274', 'BSE317609'],
    noMatch: [
      "driver's licence AKL482917", // English keyword only: the US detector's
      'vaditaja aplieciba AKL000000', // all zero
      'vaditaja aplieciba ABC123456', // the placeholder
      'vaditaja aplieciba AKL4829171', // 7 digits
      'vaditaja aplieciba AK482917', // 2 letters
      'vaditaja aplieciba akl482917', // lower case
      'pasūtījums AKL482917 nosūtīts', // no keyword
      'vaditaja aplieciba AKL-482917', // hyphen: not the documented form
    ],
  },
});
