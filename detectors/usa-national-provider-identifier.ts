import { defineDetector } from '../src/define.js';
import { allSame, luhn } from '../src/checks.js';

/** CMS's worked example of the NPI check digit ("123456789" → 3). */
const PUBLISHED = ['1234567893'];

export default defineDetector({
  id: 'usa-national-provider-identifier',
  type: 'USA_NATIONAL_PROVIDER_IDENTIFIER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['US'],
  description: 'US National Provider Identifier (10 digits starting 1 or 2) with its keyword',
  validation: 'Luhn over the number prefixed with 80840 (ISO 7812 card issuer prefix of CMS)',
  // 10 digits, or 4-3-3 with one consistent separator.
  pattern: /(?<![\d-]|\d\.)[12]\d{3}([- ]?)\d{3}\1\d{3}(?![\d]|[-.]\d)/g,
  maxLength: 12,
  keywords: {
    words: ['hipaa', 'n.p.i', 'n.p.i.', 'national provider', 'national provider identifier', 'npi', 'npi#', 'provider identifier', 'provider id'],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return !allSame(d.slice(0, 9)) && luhn(`80840${d}`);
  },
  examples: {
    keyword: 'NPI',
    match: ['1245319599', '1003000126', '2543210985', '1902-873-458'],
    noMatch: ['NPI 1245319598', 'NPI: 1234567893', 'NPI 1111111112', 'NPI 3234567893', 'NPI 12453195990', 'phone 1245319599 only'],
  },
});
