import { defineDetector } from '../src/define.js';
import { allSame, mod11CheckDigit } from '../src/checks.js';

/** Example CPFs printed in Receita Federal tutorials, Wikipedia and validator documentation. */
const PUBLISHED = ['11144477735', '12345678909'];

/** Two mod-11 check digits: weights 10..2 over nine digits, then 11..2 over ten. */
function cpfCheck(d: string): boolean {
  return (
    mod11CheckDigit(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) === d.charCodeAt(9) - 48 &&
    mod11CheckDigit(d, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) === d.charCodeAt(10) - 48
  );
}

export default defineDetector({
  id: 'brazil-cpf-number',
  type: 'BRAZIL_CPF_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['BR'],
  description: 'Brazilian CPF individual taxpayer number (123.456.789-09 or 11 digits) with its keyword',
  validation: 'two mod 11 check digits; all-same-digit values rejected',
  pattern: /(?<![\d./-]|\d\.)(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d]|[-./]\d)/g,
  maxLength: 14,
  keywords: {
    // macie.md lists `cpf`, `cadastro de pessoa física`; the other spellings are AWS's list for the
    // same managed identifier in CloudWatch Logs / SNS data protection.
    words: ['cpf', 'cadastro de pessoa física', 'cadastro de pessoa fisica', 'cadastro de pessoas físicas', 'cadastro de pessoas fisicas'],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return !allSame(d) && cpfCheck(d);
  },
  examples: {
    keyword: 'CPF',
    match: ['708.473.461-96', '39232528460', '092.857.996-47', '72301919986'],
    noMatch: [
      'CPF 708.473.461-97', // second check digit wrong
      'CPF 39232528470', // first check digit wrong
      'CPF: 111.444.777-35', // published example
      'CPF 111.111.111-11', // all the same (passes the checksum)
      'CPF 392325284601', // 12 digits
      'order 708.473.461-96 shipped', // no keyword
    ],
  },
});
