import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Irish driving licence (ceadúnas tiomána) number as Microsoft Purview's "Ireland driver's license
 * number" describes it: six digits followed by four letters. No public source gives its structure or
 * a check character, so only that shape is checked.
 */
/** A placeholder of forms and documentation. */
const PUBLISHED = ['123456ABCD'];

export default defineDetector({
  id: 'ireland-drivers-license',
  type: 'IRELAND_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['IE'],
  description: "Irish driver's licence number, six digits and four letters (Purview's format), with its keyword",
  validation:
    "Purview's shape only (6 digits + 4 letters, no public structure or check character); the digits not all zeros or one digit repeated",
  // Six digits, then four upper-case letters, as printed; no separator.
  pattern: /(?<![A-Za-z\d-]|\d\.)\d{6}[A-Z]{4}(?![A-Za-z\d])/g,
  maxLength: 10,
  keywords: {
    // Purview's Irish terms, with and without the fadas, and the English ones (the shape is no US
    // licence's).
    words: [
      'ceadúnas tiomána', 'ceadúnais tiomána', 'ceadunas tiomana', 'ceadunais tiomana',
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  allow: PUBLISHED,
  validate: (value) => !allSame(value.slice(0, 6)),
  examples: {
    keyword: 'driving licence',
    match: ['407215KDMR', '038914TBLA', '915530QWEN', '260148HMCP'],
    noMatch: [
      'driving licence 000000KDMR', // all zeros
      'driving licence 123456ABCD', // placeholder
      'driving licence 407215KDM', // three letters
      'driving licence 407215KDMRS', // five letters
      'driving licence 1407215KDMR', // seven digits
      'driving licence 407215kdmr', // lower case
      'ref 407215KDMR', // no keyword
    ],
  },
});
