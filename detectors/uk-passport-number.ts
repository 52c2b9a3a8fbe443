import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'uk-passport-number',
  type: 'UK_PASSPORT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'high', 'high'],
  countries: ['GB'],
  description: 'UK passport number (9 digits, or 2 letters and 7 digits) with its keyword',
  validation: '9 digits, or 2 letters + 7 digits; digits not all the same',
  pattern: /(?<![A-Za-z0-9-]|\d\.)(?:\d{9}|[A-Z]{2}\d{7})(?![A-Za-z0-9]|[-.]\d)/gi,
  maxLength: 9,
  keywords: {
    words: ['passport', 'passport #', 'passport no', 'passport number', 'passport#', 'passportid', 'passport id', 'passeport #', 'passeport no', 'uk passport', 'british passport', 'hm passport'],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  validate: (value) => !/^\D*(\d)\1+$/.test(value),
  examples: {
    keyword: 'passport number',
    match: ['925665416', 'AB1234567', 'XY9876543'],
    noMatch: ['passport 000000000', 'passport ABC123456', 'passport AB123456', 'passport AB 1234567', 'passport XYZAB1234567QRS'],
  },
});
