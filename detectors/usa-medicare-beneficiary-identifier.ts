import { defineDetector } from '../src/define.js';

// MBI character classes (CMS): letters A–Z except S, L, O, I, B, Z.
const L = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';

/** CMS's published example MBI (from the MBI format specification). */
const PUBLISHED = ['1EG4TE5MK73'];

export default defineDetector({
  id: 'usa-medicare-beneficiary-identifier',
  type: 'USA_MEDICARE_BENEFICIARY_IDENTIFIER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['US'],
  description: 'US Medicare Beneficiary Identifier (11 characters, shown as 4-3-4) with its keyword',
  validation: 'CMS position rules: digit 1–9, letter, alphanumeric, digit, letter, alphanumeric, digit, letter, letter, digit, digit; no S, L, O, I, B, Z',
  pattern: new RegExp(`(?<![A-Za-z0-9-]|\\d\\.)[1-9]${L}${AN}\\d(-?)${L}${AN}\\d\\1${L}${L}\\d\\d(?![A-Za-z0-9]|-[A-Za-z0-9]|\\.\\d)`, 'gi'),
  maxLength: 13,
  keywords: {
    words: ['mbi', 'mbi#', 'medicare beneficiary', 'medicare beneficiary identifier', 'medicare id', 'medicare number', 'medicare no', 'medicare'],
    required: true,
  },
  normalize: (v) => v.replace(/-/g, '').toUpperCase(),
  allow: PUBLISHED,
  examples: {
    keyword: 'MBI',
    match: ['2AG9-XC4-NN22', '3CD5-FG7-HJ89', '4EF6GH8JK12', '5tw2-h47-ad90'],
    noMatch: [
      'MBI 1SG4-TE5-MK73', // S never used
      'MBI 1EG4-TE5-OK73', // O never used
      'MBI 12G4-TE5-MK73', // position 2 must be a letter
      'MBI: 1EG4-TE5-MK73', // CMS's published example
      'MBI 2AG9-XC4NN22', // inconsistent dashes
      'Patient 2AG9-XC4-NN22', // no keyword
    ],
  },
});
