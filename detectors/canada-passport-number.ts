import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'canada-passport-number',
  type: 'CANADA_PASSPORT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'high', 'high'],
  countries: ['CA'],
  description: 'Canadian passport number (2 letters and 6 digits) with its keyword',
  validation: '2 letters + 6 digits; digits not all the same',
  pattern: /(?<![A-Za-z0-9-]|\d\.)[A-Z]{2}\d{6}(?![A-Za-z0-9]|[-.]\d)/gi,
  maxLength: 8,
  keywords: {
    words: ['passport', 'passport#', 'passport no', 'passport number', 'passportno', 'passport id', 'passeport', 'passeport no', 'numéro de passeport', 'numero de passeport', 'no de passeport', 'canadian passport', 'passeport canadien'],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  validate: (value) => !/^\D+(\d)\1+$/.test(value),
  examples: {
    keyword: 'passport no',
    match: ['GA302922', 'HK715384', 'AN209461'],
    noMatch: ['passport GA000000', 'passport G3029221', 'passport GAA302922', 'serial GA302922 shipped'],
  },
});
