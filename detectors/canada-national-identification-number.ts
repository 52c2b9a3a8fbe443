import { defineDetector } from '../src/define.js';
import { allSame } from '../src/checks.js';

/**
 * Placeholder UCIs of IRCC's help pages and immigration guides (0000-0000, 00-0000-0000 are all
 * zero and rejected anyway): 1234-5678, 12-3456-7890, 01-2345-6789.
 */
const PUBLISHED = ['12345678', '1234567890', '0123456789'];

export default defineDetector({
  id: 'canada-national-identification-number',
  type: 'CANADA_NATIONAL_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['CA'],
  description:
    "Canadian permanent resident's client ID / UCI (1234-5678 or 12-3456-7890), printed as \"ID No.\" on the PR card, with its keyword",
  // The PR card's own document number is not matched: its format is not published by IRCC. The UCI
  // has no published check digit either, so only its structure is checked.
  validation: '8 digits (4-4) or 10 digits (2-4-4), separators consistent; all-same-digit values rejected',
  pattern: /(?<![A-Za-z\d-]|\d[. ])(?:\d{2}([- ]?)\d{4}\1\d{4}|\d{4}([- ]?)\d{4})(?![A-Za-z\d]|[-. ]\d)/g,
  maxLength: 12,
  keywords: {
    words: [
      // macie.md
      'permanent resident card', 'permanent resident number', 'pr no', 'pr number',
      'carte résident permanent', 'carte resident permanent',
      // the same in full, and IRCC's names for the number itself
      'permanent residence number', 'pr card', 'carte de résident permanent', 'carte de resident permanent',
      'numéro de résident permanent', 'numero de resident permanent', 'uci', 'unique client identifier',
      'identificateur unique de client', 'iuc',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => !allSame(value.replace(/\D/g, '')),
  examples: {
    keyword: 'PR card',
    match: ['3141-5926', '27-1828-1828', '71348206', '5820971645', '46 0173 9528'],
    noMatch: [
      'PR card 0000-0000', // all zero
      'UCI: 12-3456-7890', // placeholder from the guides
      'PR card 3141-59265', // 9 digits
      'PR card 27-1828 1828', // mixed separators
      'PR card 1.3141-5926', // inside a longer number
      'order 3141-5926 shipped', // no keyword
    ],
  },
});
