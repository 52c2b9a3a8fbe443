import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'france-passport-number',
  type: 'FRANCE_PASSPORT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'high', 'high'],
  countries: ['FR'],
  description: 'French passport number (2 digits, 2 letters, 5 digits) with its keyword',
  validation: '2 digits + 2 letters + 5 digits; not all zeros',
  pattern: /(?<![A-Za-z0-9-]|\d\.)\d{2}[A-Z]{2}\d{5}(?![A-Za-z0-9]|[-.]\d)/gi,
  maxLength: 9,
  keywords: {
    words: ['numéro de passeport', 'numero de passeport', 'passeport', 'passeport n°', 'n° passeport', 'no passeport', 'passport', 'passport number', 'passport no', 'french passport'],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  validate: (value) => !/^0{2}\D+0{5}$/.test(value),
  examples: {
    keyword: 'passeport',
    match: ['15AB12345', '09CV84217', '21FF30571'],
    noMatch: ['passeport 00AB00000', 'passeport 15AB1234', 'passeport 15ABC12345', 'commande 15AB12345 livrée'],
  },
});
