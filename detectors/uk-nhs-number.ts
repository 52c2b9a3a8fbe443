import { defineDetector } from '../src/define.js';
import { allSame } from '../src/checks.js';

/** NHS number check digit: weights 10..2 over the first nine digits, 11 − (sum mod 11); 11 → 0, 10 is invalid. */
function nhsCheck(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === d.charCodeAt(9) - 48;
}

/** The example number in NHS Digital's and Wikipedia's descriptions of the format. */
const PUBLISHED = ['9434765919'];

export default defineDetector({
  id: 'uk-nhs-number',
  type: 'UK_NHS_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['GB'],
  description: 'UK NHS number (10 digits, 3-3-4) with its keyword',
  validation: 'mod 11 check digit',
  pattern: /(?<![\d-]|\d\.)\d{3}([- ]?)\d{3}\1\d{4}(?![\d]|[-.]\d)/g,
  maxLength: 12,
  keywords: {
    words: ['national health service', 'nhs', 'nhs number', 'nhs no', 'health service number'],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return !allSame(d) && nhsCheck(d);
  },
  examples: {
    keyword: 'NHS number',
    match: ['401 023 2137', '485-777-3457', '4505577104'],
    noMatch: ['NHS number 401 023 2138', 'NHS batch took 12.4010232137 s', 'NHS: 943 476 5919', 'NHS 000 000 0000', 'NHS 401-023 2137', 'order 401 023 2137'],
  },
});
