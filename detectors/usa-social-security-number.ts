import { defineDetector } from '../src/define.js';

/** Numbers the SSA never issued or voided (Woolworth's wallet card, advertising, sequences). */
const NEVER_ISSUED = ['078051120', '219099999', '457555462', '123456789'];

export default defineDetector({
  id: 'usa-social-security-number',
  type: 'USA_SOCIAL_SECURITY_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['US'],
  description: 'US Social Security number with its keyword; area, group and serial rules of the SSA',
  validation: 'area 001–899 except 666, group 01–99, serial 0001–9999',
  pattern: /(?<![\d.-])\d{3}([- .]?)\d{2}\1\d{4}(?![\d]|[.-]\d)/g,
  maxLength: 11,
  keywords: {
    words: ['social security', 'social security number', 'social security no', 'ss#', 'ssn', 'ssn#', 'ss no', 'socsec'],
    required: true,
    // The dashed form with valid ranges is kept without a keyword, at low confidence.
    unkeyedConfidence: 'low',
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: NEVER_ISSUED,
  validate: (value, ctx) => {
    const d = value.replace(/\D/g, '');
    const area = +d.slice(0, 3);
    const group = +d.slice(3, 5);
    const serial = +d.slice(5);
    if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
    if (/^(\d)\1{8}$/.test(d)) return false;
    // Without a keyword only the canonical dashed form counts.
    return ctx.hasKeyword || value[3] === '-';
  },
  examples: {
    match: ['536-22-8726', '212-67-4032', '401-23-9000'],
    keyword: 'ssn',
    noMatch: ['ssn: 900-12-3456', 'ssn 666-12-3456', 'ssn 123-00-4567', 'part 123456789 shipped', 'ssn: 078-05-1120'],
  },
});
