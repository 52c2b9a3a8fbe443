import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame, isYyyymmdd } from '../src/checks.js';

/**
 * Maltese driving licence (liċenzja tas-sewqan) number as Microsoft Purview's "Malta driver's license
 * number" describes it: two characters (letters or digits), three digits, three digits, each group
 * optionally separated by a space (MT 123 456). No check digit or structure of the number is published.
 */

/**
 * Maltese words that make a value of a US licence shape (8 digits, A1234567, AB123456) Maltese: the
 * native keywords and the country's names. An English "driver's licence" alone does not.
 */
const NATIVE = ['liċenzja tas-sewqan', 'licenzja tas-sewqan', 'liċenzji tas-sewqan', 'licenzji tas-sewqan', 'liċenzja tas-sewwieq', 'licenzja tas-sewwieq', 'liċenzji tas-sewwieq', 'licenzji tas-sewwieq'];
const inLocalContext = localContext([...NATIVE, 'malta', 'maltese', 'transport malta']);

export function malteseDriversLicenseValid(value: string): boolean {
  const v = value.replace(/ /g, '');
  if (!/^[A-Z\d]{2}\d{6}$/.test(v)) return false;
  const digits = v.slice(2);
  return !/^0+$/.test(digits) && !allSame(v.replace(/\D/g, '')) && !isYyyymmdd(v);
}

export default defineDetector({
  id: 'malta-drivers-license',
  type: 'MALTA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['MT'],
  description: "Maltese driver's licence (liċenzja tas-sewqan) number, 2 characters and 6 digits (MT 123 456), with its keyword",
  validation:
    "Purview's shape: 2 letters or digits, 3 digits, 3 digits, optional spaces (no public check digit); the 6 digits not all zero, not one digit repeated, not an 8-digit date YYYYMMDD; an unspaced US licence shape (8 digits, A1234567, AB123456) only with a Maltese keyword or Malta named near",
  pattern: /(?<![A-Za-z\d+-]|\d[./])[A-Z\d]{2} ?\d{3} ?\d{3}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 10,
  keywords: {
    // Purview's Maltese list (liċenzja tas-sewqan, liċenzji tas-sewwieq) with and without the dotted ċ and
    // both nouns in both numbers, and the shared English terms of the other licences.
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  normalize: (v) => v.replace(/ /g, ''),
  validate: (value, ctx) => {
    if (!malteseDriversLicenseValid(value)) return false;
    const v = value.replace(/ /g, '');
    // Unspaced, only a digit followed by a letter is no US state's shape.
    if (value.includes(' ') ? !/^\d+$/.test(v) : /^\d[A-Z]/.test(v)) return true;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'licenzja tas-sewqan',
    match: ['MT 482 137', 'AB420193', '4K 730 218', '7G604215', 'RC 118 905'],
    noMatch: [
      "driver's licence AB420193", // unspaced US shape, English keyword only: the US detector's
      'licenzja tas-sewqan MT 000 000', // the digits all zero
      'licenzja tas-sewqan 20230115', // a date YYYYMMDD
      'licenzja tas-sewqan 11 111 111', // one digit repeated
      'licenzja tas-sewqan MT 482 1379', // 7 digits
      'licenzja tas-sewqan XMT 482 137', // inside a longer run
      'licenzja tas-sewqan M 482 137', // one character only
      'order MT 482 137 shipped', // no keyword
    ],
  },
});
