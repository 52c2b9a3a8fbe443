import { defineDetector } from '../src/define.js';
import individual, { isOrganizationBase, nitCheckDigit, nitValid } from './colombia-individual-nit-number.js';

/*
 * Organisation or person (the rule, isOrganizationBase, lives in colombia-individual-nit-number.ts with
 * the check digit): DIAN assigns companies and other legal entities 9-digit NITs from 800 000 000 up
 * (800…, 830…, 860…, 890…, 899 999… public bodies, 900…/901…/902… since 2004), while a person's NIT is
 * their cédula (up to 8 digits, or 10 digits starting with 1). So a 9-digit base starting with 8 or 9 is
 * reported here, every other base as COLOMBIA_INDIVIDUAL_NIT_NUMBER.
 */

/** "900.123.456" with its DV: the sequence example of NIT explanations. */
const PUBLISHED = [`900123456${nitCheckDigit('900123456')}`];

export default defineDetector({
  id: 'colombia-organization-nit-number',
  type: 'COLOMBIA_ORGANIZATION_NIT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['medium', 'medium', 'high'],
  countries: ['CO'],
  description: 'Colombian NIT of a company or other legal entity (900.123.456-7, 9 digits from 8/9 + verification digit) with its keyword',
  // How persons and organisations are told apart is documented in colombia-individual-nit-number.ts
  // (isOrganizationBase): DIAN assigns legal entities 9-digit NITs starting with 8 or 9.
  validation:
    'DIAN mod 11 verification digit (prime weights 3, 7, 13, … from the right); base of 9 digits starting with 8 or 9 (other bases are persons\' cédulas)',
  // 900.123.456-7, 900 123 456-7, 900123456-7, 900123456 - 7, 900.123.456.7, and 9001234567: without a
  // separator the 10 digits are unambiguous, as a company NIT without DV has 9.
  pattern: /(?<![\d.-])[89]\d\d(?:\.\d{3}\.\d{3}(?:-| - |\.)| \d{3} \d{3}(?:-| - )|\d{6}(?:-| - )?)\d(?!\d|[-.]\d)/g,
  maxLength: 15,
  keywords: individual.keywords,
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return isOrganizationBase(d.slice(0, -1)) && nitValid(d);
  },
  examples: {
    keyword: 'NIT',
    match: ['901.650.872-2', '901422969-0', '9007516274', '899 496 468-3', '882466405 - 1', '890.358.157.4'],
    noMatch: [
      'NIT 901.650.872-3', // DV wrong
      'NIT: 900.123.456-8', // published example
      'NIT 999.999.999-?', // no DV
      'NIT 999999999-4', // all the same digit (DV right)
      'NIT 1901.650.872-2', // inside a longer number
      'NIT 46.425.577-1', // a person's NIT
      'NIT 901.650872-2', // inconsistent grouping
      'factura 901.650.872-2 pagada', // no keyword
    ],
  },
});
