import { defineDetector } from '../src/define.js';
import { allSame, luhn } from '../src/checks.js';

/**
 * British Columbia PHN check digit (BC Ministry of Health, "PHN check digit routine"; python-stdnum
 * stdnum.ca.bc_phn): weights 2, 4, 8, 5, 10, 9, 7, 3 over digits 2–9, each product taken mod 11,
 * check = 11 − (sum mod 11), and 11 → 0; a remainder of 1 (check 10) is never issued.
 */
function bcPhnValid(d: string): boolean {
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ((d.charCodeAt(i + 1) - 48) * weights[i]!) % 11;
  return d[0] === '9' && (11 - (sum % 11)) % 11 === d.charCodeAt(9) - 48;
}

/**
 * Example and test values published by others: 9876-543-217 (the Ontario example of the health_card
 * gem and of many OHIP validators), python-stdnum's BC PHN 9698 658 215, and 9735353315, the test
 * patient of BC's Health Gateway.
 */
const PUBLISHED = ['9876543217', '9698658215', '9735353315'];

export default defineDetector({
  id: 'canada-health-number',
  type: 'CANADA_HEALTH_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['CA'],
  description:
    'Canadian provincial health number: Ontario health card number (1234-567-890, optional version code) or British Columbia PHN (9698 658 215), with its keyword',
  validation:
    'Ontario: Luhn (mod 10) over the 10 digits, first digit not 0, optional 1–2 letter version code; BC PHN: starts with 9, mod 11 check digit (weights 2,4,8,5,10,9,7,3); all-same-digit values rejected',
  // 10 digits as 4-3-3 with hyphens or spaces, or unseparated. Ontario's version code (1–2 capitals)
  // is part of the value when attached to it (1234567890AB, 1234-567-890-AB); after a space it is
  // left out rather than risk taking the next word.
  pattern: /(?<![A-Za-z\d-]|\d[. ])\d{4}([- ]?)\d{3}\1\d{3}(?:-?[A-Z]{1,2})?(?![A-Za-z\d]|[-. ]\d)/g,
  maxLength: 15,
  keywords: {
    words: [
      // macie.md
      'canada healthcare number', 'msp number', 'personal healthcare number', 'phn', 'soins de santé', 'soins de sante',
      // the cards' own terms: Ontario ("Health Number", "carte Santé"), BC (PHN, MSP, CareCard)
      'personal health number', 'health card', 'health number', 'ohip', 'carte santé', 'carte sante', 'msp#',
      'carecard', 'care card', 'bc services card',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/[^\dA-Z]/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    if (d.length !== 10 || allSame(d)) return false;
    const hasVersion = /[A-Z]/.test(value);
    if (!hasVersion && bcPhnValid(d)) return true;
    return d[0] !== '0' && luhn(d);
  },
  examples: {
    keyword: 'health card',
    match: ['4528-710-363', '6130 947 283', '2384756108', '1019283744AB', '4528-710-363-KX', '9947 182 639', '9953027180'],
    noMatch: [
      'health card 4528-710-364', // Luhn fails (and not a BC PHN)
      'PHN 9947 182 638', // BC check digit wrong
      'health card: 9876-543-217', // published example
      'health card 0000 000 000', // all zero
      'health card 4528-710363', // inconsistent separators
      'health card 45287103630', // 11 digits
      'invoice 4528-710-363 paid', // no keyword
      'OHIP 4528-710-363ABC', // version code of three letters
    ],
  },
});
