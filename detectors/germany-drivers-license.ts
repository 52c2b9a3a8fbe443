import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * German card driving licence number (Führerscheinnummer), 11 characters (de.wikipedia "Führerscheinnummer";
 * Microsoft Purview's "Germany driver's license number": a digit or letter, two digits, six digits or
 * letters, a digit, a digit or letter):
 *  1–4   the issuing authority's code (Behördenschlüssel: a letter for the Land, A Baden-Württemberg …
 *        P Thüringen, then the district);
 *  5–9   a running number in digits and capital letters (00000–ZZZZZ);
 *  10    the check digit: characters 1–9 (digits as such, A = 10 … Z = 35) weighted 9, 8, … 1, sum mod 11,
 *        10 written X;
 *  11    the issue number (Ausfertigungsnummer), a digit or letter, outside the check.
 * The specimen licence's B072RRE2I55: 11·9 + 0 + 7·7 + 2·6 + 27·5 + 27·4 + 14·3 + 2·2 + 18 = 467, 467 mod 11 = 5.
 */
export function germanDriversLicenseValid(value: string): boolean {
  if (!/^[A-Z\d]\d\d[A-Z\d]{6}[\dX][A-Z\d]$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const c = value.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * (9 - i);
  }
  const r = sum % 11;
  return value[9] === (r === 10 ? 'X' : String(r)) && !allSame(value.slice(0, 9));
}

/** The specimen licence's number (Musterführerschein), in documentation and form placeholders. */
const PUBLISHED = ['B072RRE2I55'];

/**
 * German words that make a value that is a US licence shape too (11 digits, or a letter and 10 digits)
 * German: the native keywords and the country's names. An English "driver's licence" alone does not.
 */
const NATIVE = [
  'führerschein', 'fuhrerschein', 'fuehrerschein', 'führerscheinnummer', 'fuhrerscheinnummer', 'fuehrerscheinnummer',
  'führerscheinnr', 'fuhrerscheinnr', 'fuehrerscheinnr', 'führerschein nr', 'fuehrerschein nr', 'fahrerlaubnisnummer',
];
const inLocalContext = localContext([...NATIVE, 'germany', 'german', 'deutschland', 'deutscher', 'deutsche', 'deutsches', 'kraftfahrt bundesamt']);
const US_SHAPE = /^[A-Z\d]\d{10}$/;

export default defineDetector({
  id: 'germany-drivers-license',
  type: 'GERMANY_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['DE'],
  description: "German driver's licence (Führerschein) number, 11 characters with a check digit (B072RRE2I55), with its keyword",
  validation:
    'shape: digit or letter, 2 digits, 6 digits or letters, check digit, digit or letter; check digit = characters 1–9 (A=10…Z=35) × 9…1 mod 11 (10 = X); not one character repeated; 11 digits or a letter + 10 digits (US licence shapes too) only with a German keyword or Germany named near',
  // Upper case only, as printed: lower-case runs of 11 are words and identifiers.
  pattern: /(?<![A-Za-z\d-])[A-Z\d]\d\d[A-Z\d]{6}[\dX][A-Z\d](?![A-Za-z\d]|-[A-Za-z\d])/g,
  maxLength: 11,
  keywords: {
    // macie.md's DE list (führerschein, fuhrerschein, fuehrerscheinnummer, …) completed from Purview's
    // Keyword_german_drivers_license_number (the umlaut spellings, -nummer and -nr compounds), and the
    // shared English terms. Left out: Purview's "ausstellungsdatum", "ausstellungsort", "ausstellende
    // behörde" (they are on every German ID document, next to ID card numbers of the same shape).
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  allow: PUBLISHED,
  validate: (value, ctx) => {
    if (!germanDriversLicenseValid(value)) return false;
    if (!US_SHAPE.test(value)) return true;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'fuehrerschein',
    match: ['A123KLM4Z51', 'C45X00R1B52', 'F210007QT70', 'K381234AB1A', 'J5500A3C77B', '11234567881'],
    noMatch: [
      'fuehrerschein A123KLM4Z61', // wrong check digit
      'fuehrerschein B072RRE2I55', // the specimen licence
      'fuehrerschein 00000000000', // all zero
      "driver's license 11234567881", // digits only, English keyword only: the US detector's
      'fuehrerschein XA123KLM4Z51', // inside a longer token
      'fuehrerschein A12-3KLM4Z51', // broken up
      'ticket A123KLM4Z51 closed', // no keyword
      'fuehrerschein AB23KLM4Z51', // second character must be a digit
    ],
  },
});
