import { defineDetector } from '../src/define.js';

/** SPI check: the last 3 digits are the first 10, read as one number, mod 511 (EU TIN specification). */
function spiCheck(d: string): boolean {
  const head = Number(d.slice(0, 10));
  return head !== 0 && head % 511 === Number(d.slice(10, 13));
}

/** stdnum-js's test values (the first is the European Commission's TIN example for France). */
const PUBLISHED = ['3023217600053', '0701987765493'];

export default defineDetector({
  id: 'france-tax-identification-number',
  type: 'FRANCE_TAX_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['FR'],
  description: "French tax number / numéro fiscal (SPI: 13 digits, first 0–3, written 12 34 567 890 123) with its keyword",
  validation: 'first digit 0–3; last 3 digits = first 10 digits mod 511; zero numbers rejected',
  // 30 23 217 600 053 or 3023217600053 (spaces all or none).
  pattern: /(?<![\d-]|\d\.)[0-3]\d( ?)\d{2}\1\d{3}\1\d{3}\1\d{3}(?![\d]|[-.]\d)/g,
  maxLength: 17,
  keywords: {
    // macie.md's French list, with and without accents, with both apostrophes. Not a bare "spi"
    // (the serial bus in hardware documentation).
    words: [
      'tin', 'tax id', 'tax identification number', 'nif',
      "numéro d'identification fiscal", "numero d'identification fiscal",
      "numéro d'identification fiscale", "numero d'identification fiscale",
      'numéro d’identification fiscale', 'numero d’identification fiscale',
      "numéro d'immatriculation fiscale", "numero d'immatriculation fiscale",
      'numéro fiscal', 'numero fiscal', 'numéro spi', 'numero spi', 'identifiant fiscal',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/ /g, ''),
  allow: PUBLISHED,
  validate: (value) => spiCheck(value.replace(/ /g, '')),
  examples: {
    keyword: 'numero fiscal',
    match: ['37 28 742 260 299', '3488246102159', '23 66 746 013 457', '1850539557069', '0265512575041'],
    noMatch: [
      'numero fiscal 3728742260298', // wrong check digits
      'numero fiscal 4728742260382', // first digit 4 (the check fits)
      'numero fiscal 0000000000000', // zero (passes mod 511)
      'numero fiscal: 30 23 217 600 053', // published example
      'numero fiscal 37287422602991', // 14 digits
      'numero fiscal 37 28742260299', // inconsistent spacing
      'commande 3488246102159 livrée', // no keyword
    ],
  },
});
