import { defineDetector } from '../src/define.js';
import { allSame, weightedSum } from '../src/checks.js';

/** python-stdnum's documented example and Presidio's test value. */
const PUBLISHED = ['123456782', '876543210'];

export default defineDetector({
  id: 'australia-tax-file-number',
  type: 'AUSTRALIA_TAX_FILE_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['AU'],
  description: 'Australian tax file number (9 digits, 3-3-3) with its keyword',
  // Older 8-digit TFNs are not matched: their weights are not reliably published.
  validation: 'weights 1,4,3,7,5,8,6,9,10, sum mod 11 = 0; all-same-digit values rejected',
  pattern: /(?<![\d-]|\d\.)\d{3}([- ]?)\d{3}\1\d{3}(?![\d]|[-.]\d)/g,
  maxLength: 11,
  keywords: {
    words: ['tax file number', 'tfn'],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return !allSame(d) && weightedSum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
  },
  examples: {
    keyword: 'TFN',
    match: ['356 577 175', '441375810', '869 106 690', '434-811-514'],
    noMatch: [
      'TFN 356 577 176', // checksum fails
      'TFN: 123 456 782', // published example
      'TFN 000 000 000', // all the same
      'TFN 356 577-175', // mixed separators
      'TFN 3565771750', // 10 digits
      'order 441375810 placed', // no keyword
    ],
  },
});
