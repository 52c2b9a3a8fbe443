import { defineDetector } from '../src/define.js';

/** IRS ITIN group ranges (digits 4–5): 50–65, 70–88, 90–92, 94–99. */
function validGroup(g: number): boolean {
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

export default defineDetector({
  id: 'usa-individual-tax-identification-number',
  type: 'USA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['US'],
  description: 'US Individual Taxpayer Identification Number (9XX-XX-XXXX) with its keyword',
  validation: 'first digit 9, group 50–65, 70–88, 90–92 or 94–99',
  pattern: /(?<![\d-]|\d\.)9\d{2}([- ]?)\d{2}\1\d{4}(?![\d]|[-.]\d)/g,
  maxLength: 11,
  keywords: {
    words: ['i.t.i.n.', 'individual taxpayer identification number', 'itin', 'taxpayer identification number'],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return validGroup(+d.slice(3, 5)) && d.slice(5) !== '0000';
  },
  examples: {
    keyword: 'ITIN',
    match: ['912-70-3456', '978-94-1234', '900 50 6789', '991654321'],
    noMatch: ['ITIN 912-89-3456', 'ITIN: 912-93-1234', 'ITIN 812-70-3456', 'ITIN 912-70-0000', 'ref 912-70-3456 shipped'],
  },
});
