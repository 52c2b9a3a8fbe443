import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Italian driving licence (patente di guida) numbers, 10 characters:
 * - the card licences (since 1999, model MC 720F/720P): "U1", seven letters or digits, and a check
 *   letter whose algorithm is not published (automoto.it, brumbrum.it: "U1H68I903B");
 * - Microsoft Purview's "Italy driver's license number": a letter, the letter A or V, seven digits, a
 *   letter (older numbers; Purview gives no source, implemented as described).
 */
const CARD = /^U1[A-Z\d]{7}[A-Z]$/;
const OLDER = /^[A-Z][AV]\d{7}[A-Z]$/;

/** The example number of the articles that explain the format (brumbrum.it). */
const PUBLISHED = ['U1H68I903B'];

export function italianDriversLicenseValid(value: string): boolean {
  // The seven middle characters of a card number hold a digit (U1 + eight letters is a word, not a number).
  if (CARD.test(value)) return /\d/.test(value.slice(2, 9));
  return OLDER.test(value) && !allSame(value.slice(2, 9));
}

export default defineDetector({
  id: 'italy-drivers-license',
  type: 'ITALY_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['IT'],
  description: "Italian driver's licence (patente di guida) number, U1 + 7 letters or digits + a letter, or Purview's letter + A/V + 7 digits + letter, with its keyword",
  validation:
    'U1, 7 letters or digits with at least one digit, a letter (the check letter\'s algorithm is not public); or (Purview\'s description) a letter, A or V, 7 digits not one repeated, a letter',
  pattern: /(?<![A-Za-z\d-])(?:U1[A-Z\d]{7}|[A-Z][AV]\d{7})[A-Z](?![A-Za-z\d]|-[A-Za-z\d])/g,
  maxLength: 10,
  keywords: {
    // macie.md's IT keyword (patente di guida) with Purview's Keyword_italy_drivers_license_number, and
    // the shared English terms (Purview's Keywords_eu_driver's_license_number). Not "patente" alone: it
    // is a patent or a number plate in other languages.
    words: [
      'patente di guida', 'patente guida', 'patenti di guida', 'patenti guida', 'numero di patente', 'numero patente',
      'n. patente', ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  allow: PUBLISHED,
  validate: (value) => italianDriversLicenseValid(value),
  examples: {
    keyword: 'patente di guida',
    match: ['U1K27R504T', 'U15A81C06M', 'U10938271P', 'MA2315809K', 'RV6038412B'],
    noMatch: [
      'patente di guida U1H68I903B', // the published example
      'patente di guida U1ABCDEFGH', // no digit in the middle
      'patente di guida MB2315809K', // second letter neither A nor V
      'patente di guida MA0000000K', // zero
      'patente di guida U1K27R504TX', // inside a longer token
      'patente di guida U1K27R5041', // ends in a digit
      'codice U1K27R504T spedito', // no keyword
    ],
  },
});
