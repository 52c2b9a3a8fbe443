import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Belgian driving licence number (field 5 of the card): 10 digits without spaces or separators
 * (Microsoft Purview's "Belgium driver's license number"; no published check digit).
 * Ten digits are a US licence shape too, and the Netherlands': the value needs a keyword in one of
 * Belgium's languages or Belgium named near, an English "driver's licence" alone is not enough. Next to
 * "rijbewijs" the Dutch detector reports the value as well, unless a country is named before it.
 */
const NATIVE = [
  'rijbewijs', 'rijbewijsnummer', 'rijbewijs nr', 'permis de conduire', 'numéro permis conduire', 'numero permis conduire',
  'numéro de permis', 'numero de permis', 'führerschein', 'fuhrerschein', 'fuehrerschein', 'führerscheinnummer',
  'fuhrerscheinnummer', 'fuehrerscheinnummer',
];
const inLocalContext = localContext([
  ...NATIVE, 'belgium', 'belgian', 'belgië', 'belgie', 'belgique', 'belge', 'belgien', 'belgisch', 'belgische', 'belgischer',
]);

export default defineDetector({
  id: 'belgium-drivers-license',
  type: 'BELGIUM_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['BE'],
  description: "Belgian driver's licence (rijbewijs, permis de conduire, Führerschein) number, 10 digits, with its keyword",
  validation:
    '10 digits (no public check digit; format from Purview); not one digit repeated; a Dutch, French or German keyword or Belgium named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d+-]|\d\.)\d{10}(?![A-Za-z\d]|[.-]\d)/g,
  maxLength: 10,
  keywords: {
    // Purview's Keywords_belgium_eu_driver's_license_number (Belgium's three languages) and the shared
    // English terms (Keywords_eu_driver's_license_number). macie.md names no Belgian list of its own.
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
    keyword: 'permis de conduire',
    match: ['2047193856', '9310475628', '1185302947', '6620918374'],
    noMatch: [
      "driver's license 2047193856", // English keyword only: the US detector's
      'permis de conduire 0000000000', // all zero
      'permis de conduire 20471938561', // 11 digits
      'permis de conduire 204719385', // 9 digits
      'permis de conduire 2047-193856', // separated: not the documented form
      'commande 2047193856 envoyée', // no keyword
      'permis de conduire 1.2047193856', // a decimal fraction
    ],
  },
});
