import { defineDetector } from '../src/define.js';

/** Prefixes HMRC never allocates (besides the letter rules in the pattern). */
const BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
/** Published examples: HMRC's "AB123456C" in forms guidance (QQ 12 34 56 C is already invalid by its prefix). */
const PUBLISHED = ['AB123456C'];

export default defineDetector({
  id: 'uk-national-insurance-number',
  type: 'UK_NATIONAL_INSURANCE_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['GB'],
  description: 'UK National Insurance number (2 letters, 6 digits, suffix A–D) with its keyword',
  validation: 'prefix rules: first letter not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V; not BG, GB, NK, KN, TN, NT, ZZ; suffix A–D',
  // Written as AB123456C, AB 12 34 56 C, AB 123 456 C or with hyphens.
  pattern:
    /(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ -]?(?:\d{2}([ -]?)\d{2}\1\d{2}|\d{3}[ -]\d{3})[ -]?[A-D](?![A-Za-z0-9])/gi,
  maxLength: 13,
  keywords: {
    words: [
      'insurance no.', 'insurance no', 'insurance number', 'insurance#', 'national insurance number', 'nationalinsurance#',
      'nationalinsurancenumber', 'national insurance', 'nin', 'nino', 'ni number', 'ni no', 'ni',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/[ -]/g, '').toUpperCase(),
  allow: PUBLISHED,
  validate: (value) => {
    const v = value.replace(/[ -]/g, '').toUpperCase();
    return !BAD_PREFIX.has(v.slice(0, 2)) && v.slice(2, 8) !== '000000';
  },
  examples: {
    keyword: 'NINO',
    match: ['AA 12 34 56 B', 'hh 01 02 03 d', 'TW987654A', 'PR 123612C', 'JG 103 759 A'],
    noMatch: [
      'NINO AA 12 34 56 H', // suffix must be A–D
      'NINO BG123612A', // never-issued prefix
      'nino: nt 99 88 77 a', // never-issued prefix
      'NINO UV 98 76 54 B', // U, V never used
      'NINO AO 12 34 56 B', // second letter O never used
      'NINO: AB123456C', // published example
      'reference AA 12 34 56 B', // no keyword
    ],
  },
});
