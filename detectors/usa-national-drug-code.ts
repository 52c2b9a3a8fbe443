import { defineDetector } from '../src/define.js';

/**
 * The NDC in the 11-digit 5-4-2 form CMS and HIPAA transactions use: each 10-digit layout gets one
 * leading zero in its short segment (4-4-2 → 0+labeler, 5-3-2 → 0+product, 5-4-1 → 0+package). An
 * 11-digit value (with or without hyphens) is returned as it is.
 */
export function ndc11(value: string): string {
  const parts = value.split('-');
  if (parts.length !== 3) return value;
  const [labeler, product, pkg] = parts as [string, string, string];
  return labeler.padStart(5, '0') + product.padStart(4, '0') + pkg.padStart(2, '0');
}

/**
 * Structural check of an NDC (no check digit exists): labeler code not all zero, and the value not all
 * zero. An 11-digit value is a padded 10-digit NDC, so one of its segments starts with the padding zero
 * (position 1, 6 or 10); "12345-6789-12" is no NDC of today's 10-digit system.
 */
export function ndcValid(value: string): boolean {
  const d = ndc11(value);
  if (!/^\d{11}$/.test(d)) return false;
  if (/^0+$/.test(d.slice(0, 5)) || /^0+$/.test(d)) return false;
  const padded = value.includes('-') && value.replace(/-/g, '').length === 10;
  return padded || d[0] === '0' || d[5] === '0' || d[9] === '0';
}

/**
 * Placeholder NDCs of conversion guides and documentation, in 11-digit form: 1234-5678-90,
 * 12345-678-90, 12345-6789-0 (coderx.io and most billing guides), 9999-9999-99, 99999-999-99,
 * 99999-9999-9 (OHDSI "Converting NDC"), 12345-123-01, 12345-1234-1 (NDC converter help pages),
 * 12345-0678-09 (the ambiguity example of NDC directory FAQs) and 12345678901.
 */
const PUBLISHED = [
  '01234567890',
  '12345067890',
  '12345678900',
  '09999999999',
  '99999099999',
  '99999999909',
  '12345012301',
  '12345123401',
  '12345067809',
  '12345678901',
];

export default defineDetector({
  id: 'usa-national-drug-code',
  type: 'USA_NATIONAL_DRUG_CODE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['US'],
  description: 'US National Drug Code (FDA; 4-4-2, 5-3-2, 5-4-1 or the 11-digit 5-4-2 billing form) with its keyword',
  validation: 'segment layout 4-4-2, 5-3-2, 5-4-1 or 5-4-2; labeler code not all zero; an 11-digit value has its padding zero at position 1, 6 or 10',
  // Hyphenated 10-digit layouts and the 11-digit 5-4-2 form, or 11 digits without hyphens (claims
  // data). Ten digits without hyphens are left out: the layout is unknown and they are phone-number
  // shaped. Dates (4-2-2) and US phone numbers (3-3-4) have no NDC layout; the guards keep a value
  // out of longer digit/hyphen runs ("1-2345-678-90", "+12125551234").
  pattern: /(?<![A-Za-z0-9+]|\d[-./])(?:\d{4}-\d{4}-\d{2}|\d{5}-(?:\d{3}-\d{2}|\d{4}-\d{1,2})|\d{11})(?![A-Za-z0-9]|[-/]\d|\.\d)/g,
  maxLength: 13,
  keywords: {
    // macie.md: "national drug code", "ndc". "ndc" also matches "NDC#", "ndc_code", "package_ndc",
    // "productNdc" and "NDC11" (whole word or camelCase/snake_case part).
    words: ['national drug code', 'ndc'],
    required: true,
  },
  normalize: ndc11,
  allow: PUBLISHED,
  validate: (value) => ndcValid(value),
  examples: {
    keyword: 'NDC',
    match: ['4321-8765-12', '54321-876-09', '54321-8765-3', '04321-8765-12', '54321087609'],
    noMatch: [
      'NDC 0000-8765-12', // labeler code all zero
      'NDC 00000-0000-00', // all zero
      'NDC 54321-8765-13', // 11 digits without the padding zero of a 10-digit NDC
      'NDC 54321876513', // the same, without hyphens
      'lot 4321-8765-12 shipped', // no keyword
      'NDC: 12345-678-90', // documentation placeholder
      'NDC 1-4321-8765-12', // inside a longer run
      'NDC 4321-876-512', // no NDC layout (4-3-3)
      'NDC list updated 2024-03-15, call 212-555-1234', // a date and a phone number
    ],
  },
});
