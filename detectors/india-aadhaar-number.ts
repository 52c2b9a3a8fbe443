import { defineDetector } from '../src/define.js';
import { allSame, verhoeff } from '../src/checks.js';

export default defineDetector({
  id: 'india-aadhaar-number',
  type: 'INDIA_AADHAAR_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['IN'],
  description: 'Indian Aadhaar number (12 digits, 4-4-4) with its keyword',
  validation: 'Verhoeff check digit; first digit 2–9',
  pattern: /(?<![\d-]|\d\.)[2-9]\d{3}([- ]?)\d{4}\1\d{4}(?![\d]|[-.]\d)/g,
  maxLength: 14,
  keywords: {
    words: ['aadhaar', 'aadhar', 'adhaar', 'uidai'],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return !allSame(d) && verhoeff(d);
  },
  examples: {
    keyword: 'Aadhaar',
    match: ['6346 3505 9849', '3700-4307-8525', '573129091564', '2823 0240 8213'],
    noMatch: [
      'Aadhaar 6346 3505 9848', // Verhoeff fails
      'Aadhaar 1346 3505 9849', // starts with 1
      'Aadhaar 6346 3505-9849', // mixed separators
      'Aadhaar 63463505984912', // 14 digits
      'invoice 6346 3505 9849', // no keyword
    ],
  },
});
