import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Hungarian driving licence (vezetői engedély, jogosítvány) number: two letters followed by six digits
 * (Microsoft Purview's "Hungary driver's license number"; no published check digit), also written with
 * a space between the letters and the digits. Capital letters only, as printed on the card.
 * Two letters and six digits are a US licence shape too: the value needs a Hungarian keyword or Hungary
 * named near, an English "driver's licence" alone is not enough.
 */
const NATIVE = [
  'vezetői engedély', 'vezetoi engedely', 'vezetői engedélyek', 'vezetoi engedelyek', 'vezetoi engedely száma',
  'vezetoi engedely szám', 'jogosítvány', 'jogositvany', 'jogosítványszám', 'jogositvanyszam', 'jogosítvány száma',
];
const inLocalContext = localContext([...NATIVE, 'hungary', 'hungarian', 'magyarország', 'magyarorszag', 'magyar']);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['AB123456'];

export default defineDetector({
  id: 'hungary-drivers-license',
  type: 'HUNGARY_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['HU'],
  description: "Hungarian driver's licence (vezetői engedély) number, 2 letters and 6 digits, with its keyword",
  validation:
    '2 capital letters and 6 digits (no public check digit; format from Purview); digits not one digit repeated; a Hungarian keyword (vezetői engedély, jogosítvány) or Hungary named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d-])[A-Z]{2} ?\d{6}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 9,
  keywords: {
    // macie.md's / Purview's Hungarian keywords (vezetoi engedely, vezetői engedély, vezetői engedélyek),
    // the everyday "jogosítvány", and the shared English terms.
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
    keyword: 'vezetoi engedely',
    match: ['PK482917', 'CD063158', 'TR 950274', 'ZL317609'],
    noMatch: [
      "driver's licence PK482917", // English keyword only: the US detector's
      'vezetoi engedely PK000000', // all zero
      'vezetoi engedely AB123456', // the placeholder
      'vezetoi engedely PK4829171', // 7 digits
      'vezetoi engedely PKX482917', // 3 letters
      'vezetoi engedely pk482917', // lower case
      'rendelés PK482917 elküldve', // no keyword
      'vezetoi engedely PK-482917', // hyphen: not the documented form
    ],
  },
});
