import { defineDetector } from '../src/define.js';

/**
 * Values never reported: Macie's documented DNI examples (99999999 / 99.999.999) and the placeholder
 * of Argentine forms and tutorials ("Ej.: 12.345.678").
 */
const PUBLISHED = ['99999999', '12345678'];

export default defineDetector({
  id: 'argentina-dni-number',
  type: 'ARGENTINA_DNI_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['AR'],
  description: 'Argentine DNI national identity number (12.345.678 or 7–8 digits) with its keyword',
  // The DNI has no check digit: the keyword and the exact shape are all there is.
  validation: '7 or 8 digits, dotted in groups of three or not at all; all-zero values rejected',
  // Not followed by a letter (Spain's DNI 12345678Z, also 12345678-Z) nor by a check digit (Chile's
  // RUT 12.345.678-5), not inside a CUIT (20-12345678-6) or a longer number, amount or version.
  pattern: /(?<![A-Za-z\d.]|\d[-/])\d{1,2}(\.?)\d{3}\1\d{3}(?![A-Za-z\d]|[-./][A-Za-z\d])/g,
  maxLength: 10,
  keywords: {
    // macie.md: `dni`, `d.n.i.`, `documento nacional de identidad` ("d.n.i" also finds "D.N.I.").
    words: ['dni', 'd.n.i', 'documento nacional de identidad'],
    required: true,
  },
  normalize: (v) => v.replace(/\./g, ''),
  allow: PUBLISHED,
  validate: (value) => !/^0+$/.test(value.replace(/\./g, '')),
  examples: {
    keyword: 'DNI',
    match: ['31.415.926', '27182818', '4.142.135', '1732050', '16.180.339'],
    noMatch: [
      'DNI 99.999.999', // Macie's documented example
      'DNI: 12.345.678', // published placeholder
      'DNI 00.000.000', // all zero
      'DNI 27182818Z', // Spain's DNI: 8 digits and a letter
      'DNI 27182818-Z', // Spain's DNI with a hyphen
      'RUT/DNI 15.645.039-1', // a Chilean RUT
      'DNI 314159265', // 9 digits
      'DNI 31.415926', // inconsistent dots
      'CUIL/DNI 20-31415926-9', // the DNI inside a CUIL is the CUIL detector's
      'DNI version 1.27182818', // inside a dotted number
      'order 27182818 shipped', // no keyword
    ],
  },
});
