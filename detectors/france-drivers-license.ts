import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * French driving licence numbers, in two forms:
 * - 12 characters (Microsoft Purview's "France driver's license number": 12 digits, with validation that
 *   sets aside French telephone numbers; the structure as in Trellix DLP's definition and Presidio
 *   recognizers): year and month of issue YYMM, the département 01–95 or 2A/2B (Corsica; 20 is no longer
 *   a code), and a 6-digit serial. The NEPH (numéro d'enregistrement préfectoral harmonisé) has this form.
 * - 9 characters, the card number since 2013: year of issue, two letters, five digits (13AA00002 in the
 *   specimen card's MRZ, cheminfo/mrz's frenchDrivingLicense test).
 * There is no public check digit for either.
 */
const TWELVE = /^\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{6}$/;
const CARD = /^\d\d[A-Z]{2}\d{5}$/;

/** The specimen card's number (MRZ of the French specimen licence). */
const PUBLISHED = ['13AA00002'];

/**
 * French words that make a 12-digit run (a US licence shape too) French: the native keywords and the
 * country's names. An English "driver's licence" alone does not.
 */
const NATIVE = ['permis de conduire', 'permis conduire', 'numéro de permis', 'numero de permis', 'numéro du permis', 'numero du permis', 'neph'];
const inLocalContext = localContext([...NATIVE, 'france', 'french', 'française', 'francaise', 'français', 'francais', 'ants']);

export function frenchDriversLicenseValid(value: string): boolean {
  const v = value.replace(/ /g, '');
  if (CARD.test(v)) return v.slice(4) !== '00000';
  if (!TWELVE.test(v) || allSame(v) || v.slice(6) === '000000') return false;
  // A French number written with the country code and its trunk 0 ("33 06 12 34 56 78"): 12 digits,
  // month 06, "département" 12. No licence was issued in 1933 or 2033.
  return !/^330[1-9]/.test(v);
}

export default defineDetector({
  id: 'france-drivers-license',
  type: 'FRANCE_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['FR'],
  description: "French driver's licence (permis de conduire) number: 12 characters YYMM + département + serial, or the card's 13AA00002, with its keyword",
  validation:
    '12 characters: month 01–12, département 01–95 (not 20) or 2A/2B, serial not 000000, not a "+33 0…" phone number; or 2 digits, 2 letters, 5 digits (serial not 00000); no public check digit; 12 digits (a US licence shape too) only with a French keyword or France named near',
  // 12 characters, also spaced YY MM DD NNNNNN; or the 9-character card number.
  pattern:
    /(?<![A-Za-z\d-]|\d\.)(?:\d\d( ?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\1\d{6}|\d\d[A-Z]{2}\d{5})(?![A-Za-z\d]|[.-]\d)/g,
  maxLength: 15,
  keywords: {
    // macie.md's FR keyword (permis de conduire) and its usual companions, and the shared English terms
    // (Purview's Keyword_french_drivers_license lists those too). Left out: Purview's "licence number",
    // "license number" (software licences have them).
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  normalize: (v) => v.replace(/ /g, ''),
  allow: PUBLISHED,
  validate: (value, ctx) => {
    if (!frenchDriversLicenseValid(value)) return false;
    if (!/^\d+$/.test(value.replace(/ /g, ''))) return true;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'permis de conduire',
    match: ['120575123456', '09 11 2B 654321', '07032A401122', '15AB01234', '98 04 13 000718'],
    noMatch: [
      'permis de conduire 121375123456', // month 13
      'permis de conduire 120520123456', // département 20
      'permis de conduire 120575000000', // serial zero
      'permis de conduire 13AA00002', // the specimen card
      "driver's license 120575123456", // 12 digits, English keyword only: the US detector's
      'permis de conduire 1205751234567', // 13 digits
      'permis de conduire 330612345678', // a +33 0… phone number
      'commande 120575123456 livrée', // no keyword
      'permis de conduire 12 0575123456', // inconsistent spacing
    ],
  },
});
