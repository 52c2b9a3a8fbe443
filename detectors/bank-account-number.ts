import { defineDetector } from '../src/define.js';
import { allSame } from '../src/checks.js';

/** Obvious placeholders: one repeated digit, or an ascending / descending run ("123456789"). */
function placeholder(d: string): boolean {
  if (allSame(d)) return true;
  let up = true;
  let down = true;
  for (let i = 1; i < d.length; i++) {
    const diff = (d.charCodeAt(i) - d.charCodeAt(i - 1) + 10) % 10;
    if (diff !== 1) up = false;
    if (diff !== 9) down = false;
  }
  return up || down;
}

export default defineDetector({
  id: 'bank-account-number',
  type: 'BANK_ACCOUNT_NUMBER',
  macie: true,
  category: 'FINANCIAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  description: 'US / Canadian bank account number: 9–17 digits, no spaces, next to a keyword',
  countries: ['US', 'CA'],
  validation: 'length; placeholders (all one digit, 123456789) ignored',
  pattern: /(?<![\w./-]|\d[ ])\d{9,17}(?![\w/]|[.,-]\d| \d)/g,
  maxLength: 17,
  keywords: {
    // Macie's list (section 1.3); a space also matches "_", "-" or nothing.
    words: ['bank account', 'bank acct', 'checking account', 'checking acct', 'deposit account', 'deposit acct',
      'savings account', 'savings acct', 'chequing account', 'chequing acct'],
    required: true,
  },
  validate: (value) => !placeholder(value),
  examples: {
    keyword: 'bank account',
    match: ['021000021', '4820193757', '00012345678901234'],
    noMatch: [
      'bank account 1234567', // 7 digits
      'checking account 123456789', // placeholder
      'order 4820193757 shipped', // no keyword
      'bank account 4820 1937 57', // spaces
      'savings account 000000000000',
      'bank account 482019375712345678', // 18 digits
    ],
  },
});
