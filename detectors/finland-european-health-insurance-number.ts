import { defineDetector } from '../src/define.js';
import { allSame } from '../src/checks.js';

/**
 * The number of a European Health Insurance Card issued in Finland (by Kela): field 8 of the card,
 * the card's "logical identification number", 20 digits. Decision S2 (OJ C 106, 24.4.2010) and the
 * NHSBSA EHIC notes: the first 10 digits identify the card issuer, the last 10 are the card's serial
 * number. Issuer identifiers of health cards follow ISO/IEC 7812-1: "80" (healthcare) + the ISO 3166
 * numeric country code (246 = Finland). Microsoft Purview's "Finland european health insurance
 * number" definition: 10 digits 8024680246, an optional space or hyphen, 10 digits; no checksum.
 * Written also in the issuer's 5 + 5 grouping (80246 80246 0123456789).
 */
export const FINNISH_ISSUER = '8024680246';

/**
 * Macie's keywords (macie.md 1.4) and Purview's list for the same identifier, with the spellings
 * without diacritics. Also used by european-health-insurance-card-number, which leaves Finnish
 * numbers near one of these keywords to this detector.
 */
export const FINLAND_EHIC_KEYWORDS: readonly string[] = [
  'ehic', 'ehic#', 'finland health insurance card', 'finlandehicnumber#', 'health card', 'health insurance card',
  'health insurance number', 'sairausvakuutuskortti', 'sairausvakuutusnumero', 'sairaanhoitokortti', 'sairaanhoitokortin',
  'eurooppalainen sairaanhoitokortti', 'suomen sairausvakuutuskortti', 'suomi ehic-numero', 'suomi ehic numero', 'terveyskortti',
  'sjukförsäkringskort', 'sjukforsakringskort', 'finska sjukförsäkringskort', 'sjukförsäkring nummer', 'hälsokort', 'halsokort',
];

export default defineDetector({
  id: 'finland-european-health-insurance-number',
  type: 'FINLAND_EUROPEAN_HEALTH_INSURANCE_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['FI'],
  description: 'Finnish European Health Insurance Card number (20 digits, issuer 8024680246 + 10-digit serial) with its keyword',
  validation: "issuer part 8024680246 (ISO/IEC 7812 healthcare '80' + Finland 246); serial not all one digit; no published check digit",
  // 20 digits; 10 + 10 with a space or hyphen (Purview); or 5 + 5 + 10 with the same separator.
  pattern: /(?<![\d-]|\d[. ])80246(?:80246([ -]?)|([ -])80246\2)\d{10}(?!\d|[-. ]\d)/g,
  maxLength: 22,
  keywords: { words: FINLAND_EHIC_KEYWORDS, required: true },
  normalize: (v) => v.replace(/\D/g, ''),
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return d.length === 20 && d.startsWith(FINNISH_ISSUER) && !allSame(d.slice(10));
  },
  examples: {
    keyword: 'EHIC',
    match: ['80246802460012345678', '8024680246 0456123789', '8024680246-0987654321', '80246 80246 0003141592'],
    noMatch: [
      'EHIC 80246802460000000000', // serial all zeros
      'order 80246802460012345678 shipped', // no keyword
      'EHIC 802468024600123456789', // 21 digits
      'EHIC 180246802460012345678', // inside a longer number
      'EHIC 80246802450012345678', // not the Finnish issuer
      'EHIC 8024680246 00123 45678', // split serial
      'EHIC 80246-80246 0012345678', // mixed separators
    ],
  },
});
