import { defineDetector } from '../src/define.js';
import { allSame, luhn } from '../src/checks.js';

/** Service Canada's published sample SIN, used on forms and in documentation. */
const PUBLISHED = ['046454286'];

export default defineDetector({
  id: 'canada-social-insurance-number',
  type: 'CANADA_SOCIAL_INSURANCE_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['CA'],
  description: 'Canadian Social Insurance Number (9 digits, 3-3-3) with its keyword',
  validation: 'Luhn; first digit 1–7 or 9 (0 is fictitious, 8 unassigned)',
  pattern: /(?<![\d-]|\d\.)\d{3}([- ]?)\d{3}\1\d{3}(?![\d]|[-.]\d)/g,
  maxLength: 11,
  keywords: {
    words: [
      'canadian id', "numéro d'assurance sociale", "numero d'assurance sociale", 'sin', 'sin#', 'social insurance number',
      'social insurance', 'nas', 'assurance sociale',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return d[0] !== '0' && d[0] !== '8' && !allSame(d) && luhn(d);
  },
  examples: {
    keyword: 'SIN',
    match: ['130 692 544', '347-677-452', '731530150', '912 345 675'],
    noMatch: ['SIN 130 692 545', 'SIN: 046 454 286', 'SIN 812 345 678', 'SIN 999 999 999', 'SIN 046-454 286', 'call 130-692-544 now'],
  },
});
