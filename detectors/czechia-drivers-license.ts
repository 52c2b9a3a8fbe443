import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Czech driving licence (řidičský průkaz) number: the letter E, a series letter and six digits, printed
 * "EA 123456" or "EA123456" (Microsoft Purview's "Czech driver's license number": 'E', a letter, an
 * optional space, six digits; no published check digit). Written together the eight characters are a
 * US licence shape too (two letters and digits): that form needs a Czech keyword or Czechia named near;
 * the spaced form is Czech by its shape.
 */
const NATIVE = [
  // Purview's Keywords_czech_republic_eu_driver's_license_number (its "prúkaz" corrected to "průkaz"),
  // the genitive that "číslo řidičského průkazu" contains, the colloquial "řidičák", and all without diacritics.
  'řidičský průkaz', 'řidičské průkazy', 'řidičského průkazu', 'řidičských průkazů', 'číslo řidičského průkazu',
  'čísla řidičských průkazů', 'řidičák', 'ridicsky prukaz', 'ridicske prukazy', 'ridicskeho prukazu',
  'ridicskych prukazu', 'cislo ridicskeho prukazu', 'ridicak',
];
const inLocalContext = localContext([...NATIVE, 'czech', 'czechia', 'česko', 'cesko', 'česká republika', 'ceska republika', 'české republiky', 'ceske republiky']);

export default defineDetector({
  id: 'czechia-drivers-license',
  type: 'CZECHIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['CZ'],
  description: "Czech driver's licence (řidičský průkaz) number, E + a letter + 6 digits (EA 123456), with its keyword",
  validation:
    "E, a letter, an optional space, 6 digits (no public check digit; format from Purview); the digits not one digit repeated, not 123456; unspaced (a US licence shape too) only with a Czech keyword (řidičský průkaz) or Czechia named near",
  pattern: /(?<![A-Za-z\d-])E[A-Z] ?\d{6}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 9,
  keywords: {
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  normalize: (v) => v.replace(/ /g, ''),
  validate: (value, ctx) => {
    const digits = value.slice(-6);
    if (allSame(digits) || digits === '123456') return false;
    if (value.includes(' ')) return true;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'ridicsky prukaz',
    match: ['EA 482913', 'EB039471', 'EJ 710258', 'EH640319'],
    noMatch: [
      "driver's licence EB039471", // unspaced, English keyword only: the US detector's
      'ridicsky prukaz EA 000000', // all zero
      'ridicsky prukaz EA 123456', // the placeholder
      'ridicsky prukaz FA 482913', // not E
      'ridicsky prukaz EA 4829131', // 7 digits
      'ridicsky prukaz XEA482913', // inside a longer token
      'ridicsky prukaz ea 482913', // lower case is not how licences are printed
      'objednavka EA 482913 odeslana', // no keyword
    ],
  },
});
