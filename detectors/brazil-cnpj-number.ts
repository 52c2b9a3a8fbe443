import { defineDetector } from '../src/define.js';
import { allSame, mod11CheckDigit } from '../src/checks.js';

/** Example CNPJs from Receita Federal material, Wikipedia and validator documentation. */
const PUBLISHED = ['11222333000181', '12345678000195'];

const W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const W2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

/** Two mod-11 check digits: weights 5..2,9..2 over twelve digits, then 6..2,9..2 over thirteen. */
function cnpjCheck(d: string): boolean {
  return mod11CheckDigit(d, W1) === d.charCodeAt(12) - 48 && mod11CheckDigit(d, W2) === d.charCodeAt(13) - 48;
}

export default defineDetector({
  id: 'brazil-cnpj-number',
  type: 'BRAZIL_CNPJ_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  // Section 4's reduced severity for organisations' taxpayer IDs names only AR, CO and MX.
  severity: ['high', 'high', 'high'],
  countries: ['BR'],
  description: 'Brazilian CNPJ company registration number (12.345.678/0001-95 or 14 digits) with its keyword',
  validation: 'two mod 11 check digits; all-same-digit values rejected',
  pattern: /(?<![\d./-]|\d\.)(?:\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}|\d{14})(?![\d]|[-./]\d)/g,
  maxLength: 18,
  keywords: {
    // macie.md lists `cnpj`; the spelled-out forms are AWS's list for the same managed identifier in
    // CloudWatch Logs / SNS data protection.
    words: ['cnpj', 'cadastro nacional da pessoa jurídica', 'cadastro nacional da pessoa juridica'],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return !allSame(d) && cnpjCheck(d);
  },
  examples: {
    keyword: 'CNPJ',
    match: ['25.504.662/0001-20', '36550108000103', '43.077.285/0001-71', '35895826000140'],
    noMatch: [
      'CNPJ 25.504.662/0001-21', // second check digit wrong
      'CNPJ 36550108000113', // first check digit wrong
      'CNPJ: 11.222.333/0001-81', // published example
      'CNPJ 00.000.000/0000-00', // all the same
      'CNPJ 365501080001031', // 15 digits
      'ref 25.504.662/0001-20 filed', // no keyword
    ],
  },
});
