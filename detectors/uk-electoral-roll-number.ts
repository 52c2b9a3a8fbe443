import { defineDetector } from '../src/define.js';

/**
 * Letter groups that are abbreviations written between the keyword and a number, not polling
 * districts ("ELECTORAL ROLL NUMBER NO 1234", "ELECTORAL NUMBER REF 12").
 */
const NOT_DISTRICTS = new Set(['NO', 'NR', 'NUM', 'NBR', 'REF', 'ID']);

/** The parts of an elector number: polling district letters, number, optional suffix. */
const PARTS = /^([A-Z]{2,3})[- ]?(\d{1,4})(?:[/-](\d{1,3}))?$/;

/** The example of Trellix DLP's documentation of this type, in normalized form. */
const PUBLISHED = ['ABC2345'];

export default defineDetector({
  id: 'uk-electoral-roll-number',
  type: 'UK_ELECTORAL_ROLL_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['GB'],
  description: 'UK electoral roll (elector) number: polling district letters and the elector\'s number (AB1234, KA-123/1), with its keyword',
  validation:
    'shape only (no check digit): 2–3 capital polling-district letters, an elector number of 1–4 digits that is not zero, an optional /n or -n suffix; abbreviations such as NO/REF are no district',
  // The register's "elector number" is the polling district's letters and the elector's number in
  // that district (Electoral Commission, format of the register); electors added between two others
  // get a suffix (123/1). Written AB1234, AB-1234, AB 1234, AB1234/1, AB1234-1.
  pattern: /(?<![A-Za-z\d/.-])[A-Z]{2,3}[- ]?\d{1,4}(?:[/-]\d{1,3})?(?![A-Za-z\d]|[/.-]\d)/g,
  maxLength: 12,
  keywords: {
    // Exactly macie.md's list. A space also matches `_`, `-` or nothing (electoral_roll_number).
    words: ['electoral #', 'electoral number', 'electoral roll #', 'electoral roll no.', 'electoral roll number', 'electoralrollno'],
    required: true,
  },
  normalize: (v) => {
    const m = PARTS.exec(v);
    return m ? `${m[1]}${m[2]}${m[3] ? `/${m[3]}` : ''}` : v;
  },
  allow: PUBLISHED,
  validate: (value) => {
    const m = PARTS.exec(value);
    return !!m && !NOT_DISTRICTS.has(m[1]!) && !/^0+$/.test(m[2]!);
  },
  examples: {
    keyword: 'electoral roll number',
    match: ['KA1234', 'AB-123', 'XYZ 42', 'AB123/1', 'CDE 1234-2', 'PM7'],
    noMatch: [
      'electoral roll number A12345', // one letter
      'electoral roll number ABCD1234', // four letters
      'electoral roll number AB12345', // five digits
      'electoral roll number AB0000', // zero elector number
      'electoral roll number: ABC2345', // published example
      'electoral roll number ab1234', // lower case
      'electoral roll number NO 1234', // an abbreviation, not a district
      'electoral roll number AB1234.5', // a decimal
      'order KA1234 shipped', // no keyword
      'electoral register AB1234', // not one of Macie's keywords
    ],
  },
});
