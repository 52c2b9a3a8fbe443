import { defineDetector } from '../src/define.js';
import { allSame, spainCheckLetter } from '../src/checks.js';

/** The specimen number on Spain's DNI card and in most documentation. */
const PUBLISHED = ['12345678Z'];

export default defineDetector({
  id: 'spain-dni-number',
  type: 'SPAIN_DNI_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['ES'],
  description: 'Spanish DNI number (8 digits and a check letter) with its keyword',
  validation: 'check letter TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]; all-zero numbers rejected',
  pattern: /(?<![A-Za-z\d-]|\d\.)\d{8}-?[A-HJ-NP-TV-Z](?![A-Za-z\d])/g,
  maxLength: 10,
  keywords: {
    words: ['dni', 'national identification number', 'número nacional identidad'],
    required: true,
  },
  normalize: (v) => v.replace(/-/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const digits = value.slice(0, 8);
    return !allSame(digits) && spainCheckLetter(digits) === value[value.length - 1];
  },
  examples: {
    keyword: 'DNI',
    match: ['86227124D', '46588316-E', '40203412X', '04579008F'],
    noMatch: [
      'DNI 86227124E', // wrong letter
      'DNI: 12345678Z', // published specimen
      'DNI 00000000T', // all zero (passes the letter check)
      'DNI 862271240D', // nine digits
      'DNI X7225575X', // that is an NIE
      'code 86227124D here', // no keyword
    ],
  },
});
