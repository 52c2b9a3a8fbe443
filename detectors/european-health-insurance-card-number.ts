import { defineDetector } from '../src/define.js';
import { allSame } from '../src/checks.js';
import { compileKeywords } from '../src/keywords.js';
import { FINLAND_EHIC_KEYWORDS, FINNISH_ISSUER } from './finland-european-health-insurance-number.js';

/**
 * Field 8 of the European Health Insurance Card, the card's "logical identification number"
 * (Administrative Commission Decisions No 190 / S2 on the card's technical specifications): 20 digits,
 * the first 10 identifying the card issuer, the last 10 the card's serial number (NHSBSA, "What is the
 * card number"). Issuer identification numbers of health cards follow ISO/IEC 7812-1: "80" denotes
 * healthcare, followed by the issuing country's three-digit ISO 3166-1 numeric code ("80[CCC]"); the
 * digits after that are chosen by each national registration authority, so there is no common check
 * digit. Only the countries that issue the EHIC (EU, EEA, Switzerland, and the UK's GHIC/EHIC) are
 * accepted. Countries whose card number is not in this 20-digit form are not covered.
 */
const EHIC_COUNTRIES: Record<string, string> = {
  '040': 'AT', '056': 'BE', '100': 'BG', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE', '246': 'FI',
  '250': 'FR', '276': 'DE', '300': 'GR', '348': 'HU', '352': 'IS', '372': 'IE', '380': 'IT', '428': 'LV', '438': 'LI',
  '440': 'LT', '442': 'LU', '470': 'MT', '528': 'NL', '578': 'NO', '616': 'PL', '620': 'PT', '642': 'RO', '703': 'SK',
  '705': 'SI', '724': 'ES', '752': 'SE', '756': 'CH', '826': 'GB',
};

/** A Finnish card number near one of the Finnish identifier's keywords is that identifier's finding. */
const FINNISH = compileKeywords(FINLAND_EHIC_KEYWORDS);

export default defineDetector({
  id: 'european-health-insurance-card-number',
  type: 'EUROPEAN_HEALTH_INSURANCE_CARD_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: [...new Set(Object.values(EHIC_COUNTRIES))].sort(),
  description: 'European Health Insurance Card number (20 digits: 80 + issuing country code + issuer + 10-digit serial) with its keyword',
  validation:
    "ISO/IEC 7812 health-card issuer '80' + ISO 3166 numeric code of an EHIC-issuing country (EU, EEA, CH, UK); serial not all one digit; Finnish cards near a Finnish keyword are left to FINLAND_EUROPEAN_HEALTH_INSURANCE_NUMBER",
  // 20 digits; issuer part and serial separated by a space or hyphen (10 + 10); or 5 + 5 + 10.
  pattern: /(?<![\d-]|\d[. ])80\d{3}(?:\d{5}([ -]?)|([ -])\d{5}\2)\d{10}(?!\d|[-. ]\d)/g,
  maxLength: 22,
  keywords: {
    // macie.md 1.4, plus the card's name in the languages Macie lists ("…"), with and without accents.
    words: [
      'ehic', 'ehic#', 'ghic', 'european health insurance card', 'health card', 'health insurance card', 'health insurance number',
      'insurance card number', 'ceam', 'carte européenne d\'assurance maladie', 'carte europeenne d\'assurance maladie',
      'carte européenne d’assurance maladie', 'gesundheitskarte', 'krankenversicherungskarte', 'krankenversicherungsnummer',
      'europäische krankenversicherungskarte', 'europaeische krankenversicherungskarte', 'ekvk',
      'tessera sanitaria assicurazione numero', 'tessera europea di assicurazione malattia', 'tarjeta de salud',
      'tarjeta sanitaria europea', 'cartão europeu de seguro de doença', 'cartao europeu de seguro de doenca',
      'europese ziekteverzekeringskaart', 'ekuz', 'europejska karta ubezpieczenia zdrowotnego', 'sjukförsäkringskort',
      'sjukforsakringskort', 'europeiska sjukförsäkringskortet', 'det blå sygesikringskort', 'sygesikringskort', 'terveyskortti',
      'eurooppalainen sairaanhoitokortti', 'sairausvakuutuskortti',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  validate: (value, ctx) => {
    const d = value.replace(/\D/g, '');
    if (d.length !== 20 || EHIC_COUNTRIES[d.slice(2, 5)] === undefined || allSame(d.slice(10))) return false;
    if (d.startsWith(FINNISH_ISSUER)) {
      const finnish =
        (ctx.text.length > 0 && FINNISH.near(ctx.text, ctx.start, ctx.end, 30) !== undefined) ||
        (ctx.labels ?? []).some((l) => FINNISH.inLabel(l) !== undefined);
      if (finnish) return false;
    }
    return true;
  },
  examples: {
    keyword: 'EHIC',
    match: ['80276001010012345678', '8025000000 0123456789', '8038000001-2233445566', '80826 00001 0001234567', '80724 00002 9876543210'],
    noMatch: [
      'EHIC 80840001010012345678', // 840: the United States issues no EHIC
      'EHIC 81276001010012345678', // not a health-card issuer number (80…)
      'EHIC 80276001010000000000', // serial all zeros
      'invoice 80276001010012345678 paid', // no keyword
      'EHIC 802760010100123456789', // 21 digits
      'EHIC 1-80276001010012345678', // inside a longer number
      'EHIC 80246802460012345678', // a Finnish card near a Finnish keyword: the Finnish identifier's
      'EHIC 80276 00101-0012345678', // mixed separators
    ],
  },
});
