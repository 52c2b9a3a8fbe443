import { defineDetector } from '../src/define.js';

/**
 * Holder types (4th character), as in the Income Tax Department's PAN tutorial and python-stdnum:
 * A association of persons, B body of individuals, C company, F firm, G government, H HUF,
 * J artificial juridical person, K krish (trust krish, python-stdnum), L local authority,
 * P individual, T trust.
 */
const HOLDER = 'ABCFGHJKLPT';

/** The PAN of Wikipedia's and most Indian guides' format explanation. */
const PUBLISHED = ['AAAPL1234C'];

export default defineDetector({
  id: 'india-permanent-account-number',
  type: 'INDIA_PERMANENT_ACCOUNT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['IN'],
  description: 'Indian Permanent Account Number (PAN, AAAPL1234C) with its keyword',
  validation:
    'structure only: 3 letters, holder type (A B C F G H J K L P T), name initial, 4 digits not 0000, a letter; the check letter algorithm is not public',
  // Upper case as printed on the card, or all lower case as typed into forms; never mixed.
  pattern: /(?<![A-Za-z\d])(?:[A-Z]{3}[ABCFGHJKLPT][A-Z]\d{4}[A-Z]|[a-z]{3}[abcfghjklpt][a-z]\d{4}[a-z])(?![A-Za-z\d])/g,
  maxLength: 10,
  keywords: {
    // macie.md's list plus "epan" and "pan no". Not "pan" alone: it is the card number (PAN) in
    // payment code and logs, and Macie does not list it for this identifier.
    words: ['permanent account number', 'pan card', 'pan number', 'pan no', 'e-pan', 'epan'],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  allow: PUBLISHED,
  validate: (value) => {
    const v = value.toUpperCase();
    return HOLDER.includes(v[3]!) && v.slice(5, 9) !== '0000';
  },
  examples: {
    keyword: 'PAN number',
    match: ['BQWPK4821L', 'AAECR5521M', 'KLMHS3307P', 'bnzpm2501f'],
    noMatch: [
      'PAN number BQWDK4821L', // D is no holder type
      'PAN number: AAAPL1234C', // published example
      'PAN number BQWPK0000L', // serial 0000
      'PAN number BQWPK48211', // check character must be a letter
      'PAN number XBQWPK4821L', // inside a longer run
      'PAN number BqWPK4821L', // mixed case
      'code BQWPK4821L here', // no keyword
      'card PAN BQWPK4821L', // bare "pan" is no keyword
    ],
  },
});
