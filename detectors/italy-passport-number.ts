import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'italy-passport-number',
  type: 'ITALY_PASSPORT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'high', 'high'],
  countries: ['IT'],
  description: 'Italian passport number (2 letters and 7 digits) with its keyword',
  validation: '2 letters + 7 digits; digits not all the same',
  pattern: /(?<![A-Za-z0-9-]|\d\.)[A-Z]{2}\d{7}(?![A-Za-z0-9]|[-.]\d)/gi,
  maxLength: 9,
  keywords: {
    words: ['passaporto', 'numero passaporto', 'numero di passaporto', 'n. passaporto', 'passaporto italiano', 'passport', 'passport number', 'passport no'],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  validate: (value) => !/^\D+(\d)\1+$/.test(value),
  examples: {
    keyword: 'passaporto',
    match: ['YA8235711', 'AA1234567', 'YB0462830'],
    noMatch: ['passaporto YA0000000', 'passaporto YA823571', 'passaporto Y18235711', 'ordine YA8235711 spedito'],
  },
});
