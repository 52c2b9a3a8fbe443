import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'spain-passport-number',
  type: 'SPAIN_PASSPORT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'high', 'high'],
  countries: ['ES'],
  description: 'Spanish passport number (2–3 letters and 6 digits) with its keyword',
  validation: '3 letters (older: 2) + 6 digits; digits not all the same',
  pattern: /(?<![A-Za-z0-9-]|\d\.)[A-Z]{2,3}\d{6}(?![A-Za-z0-9]|[-.]\d)/gi,
  maxLength: 9,
  keywords: {
    words: ['pasaporte', 'número pasaporte', 'numero pasaporte', 'número de pasaporte', 'numero de pasaporte', 'nº pasaporte', 'libreta pasaporte', 'pasaporte español', 'passport', 'passport number', 'passport no', 'spain passport'],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  validate: (value) => !/^\D+(\d)\1+$/.test(value),
  examples: {
    keyword: 'pasaporte',
    match: ['PAA123456', 'XDB583017', 'aaa123456', 'AF238143'],
    noMatch: ['pasaporte PAA000000', 'pasaporte AAAA12345', 'pasaporte AAA12345', 'pedido PAA123456 enviado'],
  },
});
