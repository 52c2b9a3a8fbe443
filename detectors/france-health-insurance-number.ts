import { defineDetector } from '../src/define.js';
import nationalId, { isValidNir, NIR_PUBLISHED } from './france-national-identification-number.js';

/**
 * The number on the carte Vitale is the NIR (numéro d'inscription au répertoire, "numéro de sécurité
 * sociale"): the same 15 characters as FRANCE_NATIONAL_IDENTIFICATION_NUMBER, so the shape, the key
 * and the published examples are that detector's. Only the keywords differ: these name the health
 * insurance card; "INSEE", "social security number"... name the national ID. A NIR near keywords of
 * both is reported as both types (one finding each, same span), as Macie reports every type whose
 * keyword is near.
 */
export default defineDetector({
  id: 'france-health-insurance-number',
  type: 'FRANCE_HEALTH_INSURANCE_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['FR'],
  description: 'French health insurance number (carte Vitale: the 15-character NIR with its 2-digit key) with its keyword',
  validation: 'NIR key = 97 − (13-digit number mod 97), 2A read as 19 and 2B as 18; all-zero numbers rejected',
  // 2 85 10 54 158 610 48: sex, year, month, department (2A/2B), commune, serial, key.
  pattern: new RegExp(nationalId.pattern!.source, 'g'),
  maxLength: 21,
  keywords: {
    // macie.md 1.4, with and without the accent, and with the typographic apostrophe of French text.
    words: [
      "carte d'assuré social",
      "carte d'assure social",
      'carte d’assuré social',
      'carte d’assure social',
      'carte vitale',
      'insurance card',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/ /g, ''),
  allow: NIR_PUBLISHED,
  validate: (value) => isValidNir(value),
  examples: {
    keyword: 'carte Vitale',
    match: ['2 85 10 54 158 610 48', '176074303631686', '1 32 10 67 982 880 52', '1 48 11 2A 016 261 12', '2 91 03 2B 033 412 03'],
    noMatch: [
      'carte Vitale 2 85 10 54 158 610 49', // wrong key
      'carte Vitale 1 48 11 2C 016 261 12', // no department 2C
      'carte Vitale 1 48 11 2B 016 261 12', // key of 2A, not 2B
      "carte d'assuré social : 2 95 10 99 126 111 93", // published example (python-stdnum)
      'carte vitale 1 00 00 00 000 000 47', // all zero after the sex digit (key computed)
      'carte Vitale 28510541586104', // 14 digits
      'carte Vitale 92851054158610481', // inside a longer number
      'commande 176074303631686 livrée', // no keyword
      'INSEE 176074303631686', // the national ID's keyword, not this one's
    ],
  },
});
