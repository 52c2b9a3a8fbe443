import { defineDetector } from '../src/define.js';
import { spainCheckLetter } from '../src/checks.js';

export default defineDetector({
  id: 'spain-nie-number',
  type: 'SPAIN_NIE_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['ES'],
  description: 'Spanish NIE foreigner identity number (X, Y or Z, 7 digits, check letter) with its keyword',
  validation: 'X/Y/Z read as 0/1/2, then the DNI check letter TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]',
  pattern: /(?<![A-Za-z\d-])[XYZ]-?\d{7}-?[A-HJ-NP-TV-Z](?![A-Za-z\d])/g,
  maxLength: 11,
  keywords: {
    // macie.md's Spanish taxpayer-ID keywords, less `cif` (company numbers) and `nif`: an NIE next to
    // "NIF" is reported as SPAIN_NIF_NUMBER (detectors/spain-nif-number.ts).
    words: ['nie', 'tax id'],
    required: true,
  },
  normalize: (v) => v.replace(/-/g, ''),
  validate: (value) => {
    const v = value.replace(/-/g, '');
    const digits = String('XYZ'.indexOf(v[0]!)) + v.slice(1, 8);
    return v.slice(1, 8) !== '0000000' && spainCheckLetter(digits) === v[8];
  },
  examples: {
    keyword: 'NIE',
    match: ['X7225575X', 'Y4983704D', 'Y-2330124-P', 'X5366652Q'],
    noMatch: [
      'NIE Y4983704E', // wrong letter
      'NIE W4983704D', // W is not an NIE prefix
      'NIE X0000000T', // all zero
      'NIE Y49837041D', // eight digits
      'NIE 86227124D', // a DNI
      'ticket Y4983704D open', // no keyword
    ],
  },
});
