import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'usa-passport-number',
  type: 'USA_PASSPORT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'high', 'high'],
  countries: ['US'],
  description: 'US passport book or card number (9 digits, or a letter and 8 digits) with its keyword',
  validation: 'letter + 8 digits (Next Generation Passport) or 9 digits; digits not all the same',
  pattern: /(?<![A-Za-z0-9-]|\d\.)(?:[A-Z]\d{8}|\d{9})(?![A-Za-z0-9]|[-.]\d)/gi,
  maxLength: 9,
  keywords: {
    words: ['passport', 'passport number', 'passport no', 'passport#', 'passport id', 'travel document', 'us passport', 'u.s. passport'],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  validate: (value) => !/^\D?(\d)\1+$/.test(value),
  examples: {
    keyword: 'passport',
    match: ['A12803456', 'Z47190625', '912803456', '530884213'],
    noMatch: ['passport 000000000', 'passport A00000000', 'passport AB1280345', 'passport A128034567', 'invoice A12803456', 'passport 912-803-456'],
  },
});
