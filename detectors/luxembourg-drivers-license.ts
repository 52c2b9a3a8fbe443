import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Luxembourg driving licence (Führerschäin, permis de conduire) number: six digits without spaces or
 * separators (Microsoft Purview's "Luxemburg driver's license number"; no published check digit).
 * Six digits are a US licence shape too: the value needs a Luxembourgish keyword or Luxembourg named
 * near. The French and German terms (permis de conduire, Führerschein) are keywords too, but as they
 * are France's, Belgium's, Germany's and Austria's as well, they count only with Luxembourg named near.
 */
const NATIVE = ['führerschäin', 'fuhrerschain', 'fuehrerschaein', 'führerschäinnummer', 'fahrerlaubnis', 'fahrerlaubnisnummer'];
const inLocalContext = localContext([
  ...NATIVE, 'luxembourg', 'luxemburg', 'luxembourgish', 'luxembourgeois', 'luxembourgeoise', 'luxemburgisch', 'luxemburgische', 'luxemburgischer', 'luxemburgischen',
  'luxemburger', 'lëtzebuerg', 'letzebuerg', 'lëtzebuerger', 'letzebuerger', 'sntl',
]);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['123456'];

export default defineDetector({
  id: 'luxembourg-drivers-license',
  type: 'LUXEMBOURG_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['LU'],
  description: "Luxembourg driver's licence (Führerschäin, permis de conduire) number, 6 digits, with its keyword",
  validation:
    '6 digits (no public check digit; format from Purview); not one digit repeated; a Luxembourgish keyword (Führerschäin, Fahrerlaubnis) or Luxembourg named near, not only an English, French or German keyword',
  pattern: /(?<![A-Za-z\d+-]|\d[./])\d{6}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 6,
  keywords: {
    // macie.md's / Purview's Luxembourg keywords (fahrerlaubnis, Führerschäin) with their spellings,
    // the French and German terms, and the shared English terms.
    words: [
      ...NATIVE, 'permis de conduire', 'führerschein', 'fuhrerschein', 'fuehrerschein',
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
    keyword: 'fahrerlaubnis',
    match: ['482917', '063158', '950274', '317609'],
    noMatch: [
      "driver's licence 482917", // English keyword only: the US detector's
      'permis de conduire 482917', // French keyword without Luxembourg named
      'fahrerlaubnis 000000', // all zero
      'fahrerlaubnis 123456', // the placeholder
      'fahrerlaubnis 4829171', // 7 digits
      'fahrerlaubnis 48291', // 5 digits
      'fahrerlaubnis 482-917', // separated: not the documented form
      'Bestellung 482917 verschéckt', // no keyword
      'fahrerlaubnis 1.482917', // a decimal fraction
    ],
  },
});
