import { defineDetector } from '../src/define.js';
import { luhn } from '../src/checks.js';

export default defineDetector({
  id: 'argentina-tarjeta-sube',
  type: 'ARGENTINA_TARJETA_SUBE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'medium', 'high'],
  countries: ['AR'],
  description: 'Argentine SUBE public transport card number (16 digits starting 6061) with its keyword',
  validation: 'Luhn',
  pattern: /(?<![\d-]|\d\.)6061([- ]?)\d{4}\1\d{4}\1\d{4}(?![\d]|[-.]\d)/g,
  maxLength: 19,
  keywords: {
    words: ['sistema único de boleto electrónico', 'sube'],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  validate: (value) => luhn(value.replace(/\D/g, '')),
  examples: {
    keyword: 'SUBE',
    match: ['6061 2508 4801 7442', '6061-9483-0576-8908', '6061395013320715', '6061626571083885'],
    noMatch: [
      'SUBE 6061 2508 4801 7443', // Luhn fails
      'SUBE 6062 2508 4801 7442', // not 6061
      'SUBE 6061 2508-4801 7442', // mixed separators
      'SUBE 60612508480174420', // 17 digits
      'order 6061395013320715 paid', // no keyword
    ],
  },
});
