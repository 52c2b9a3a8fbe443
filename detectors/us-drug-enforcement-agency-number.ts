import { defineDetector } from '../src/define.js';

/**
 * DEA check digit: (d1 + d3 + d5) + 2 × (d2 + d4 + d6); its last digit is d7. `digits` are the seven
 * digits after the two letters.
 */
export function deaCheck(digits: string): boolean {
  const d = (i: number): number => digits.charCodeAt(i) - 48;
  return (d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5))) % 10 === d(6);
}

/**
 * Example numbers printed in explanations of the check digit: Wikipedia's business-address example
 * F91234563 (also written F91234563-001AB with a supervised practitioner's suffix), the common
 * AB1234563, and the worked example AP5836727 of DEA-verification tutorials.
 */
const PUBLISHED = ['F91234563', 'AB1234563', 'AP5836727'];

export default defineDetector({
  id: 'us-drug-enforcement-agency-number',
  type: 'US_DRUG_ENFORCEMENT_AGENCY_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['US'],
  description: 'US DEA registration number (registrant-type letter, name initial or 9, 7 digits) with its keyword',
  validation: 'first letter a registrant type (A B C D E F G H J K L M P R S T U X); (d1+d3+d5) + 2×(d2+d4+d6) ≡ d7 (mod 10); all-zero digits rejected',
  // Upper case as issued, or all lower case as typed into forms. A supervised practitioner's suffix
  // ("F91234563-001AB") is left out of the span.
  pattern: /(?<![A-Za-z\d])(?:[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}|[abcdefghjklmprstux][a-z9]\d{7})(?![A-Za-z\d])/g,
  maxLength: 9,
  keywords: {
    // macie.md: "dea number", "dea registration". "dea" alone is the column name most data uses
    // (prescriber_dea, DEA) and is no common word in English text; "dea #" also matches "dea#".
    words: ['dea number', 'dea registration', 'dea registration number', 'dea no', 'dea #', 'dea'],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  allow: PUBLISHED,
  validate: (value) => {
    const digits = value.slice(2);
    return digits !== '0000000' && deaCheck(digits);
  },
  examples: {
    keyword: 'DEA number',
    match: ['BJ6125341', 'MS4703410', 'F99335236', 'xr7750424'],
    noMatch: [
      'DEA number BJ6125342', // check digit wrong
      'DEA number: AB1234563', // published example
      'DEA number AB0000000', // all zero (passes the checksum)
      'DEA number QJ6125341', // Q is no registrant type
      'DEA number BJ61253411', // eight digits
      'DEA number Bj6125341', // mixed case
      'part BJ6125341 shipped', // no keyword
    ],
  },
});
