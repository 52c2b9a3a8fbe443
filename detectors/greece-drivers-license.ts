import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Greek driving licence (άδεια οδήγησης, δίπλωμα οδήγησης) number: nine digits without spaces or
 * separators (Microsoft Purview's "Greece driver's license number"; no published check digit).
 * Nine digits are a US (and a Bulgarian) licence shape too: the value needs a Greek keyword or Greece
 * named near, an English "driver's licence" alone is not enough.
 */
const NATIVE = [
  'άδεια οδήγησης', 'αδεια οδηγησης', 'άδειας οδήγησης', 'αδειας οδηγησης', 'adeia odigisis',
  'δίπλωμα οδήγησης', 'διπλωμα οδηγησης', 'διπλώματος οδήγησης', 'diploma odigisis',
];
const inLocalContext = localContext([...NATIVE, 'greece', 'greek', 'hellenic', 'hellas', 'ελλάδα', 'ελλαδα', 'ελληνική', 'ελληνικη', 'ελληνικής', 'ellada']);

/** The placeholder of forms and documentation. */
const PUBLISHED = ['123456789'];

export default defineDetector({
  id: 'greece-drivers-license',
  type: 'GREECE_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['GR'],
  description: "Greek driver's licence (άδεια οδήγησης) number, 9 digits, with its keyword",
  validation:
    '9 digits (no public check digit; format from Purview); not one digit repeated; a Greek keyword (άδεια/δίπλωμα οδήγησης) or Greece named near, not only an English keyword',
  pattern: /(?<![A-Za-z\d+-]|\d[./])\d{9}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 9,
  keywords: {
    // macie.md's / Purview's Greek keywords (Άδεια οδήγησης, Adeia odigisis, Δίπλωμα οδήγησης) with the
    // unaccented and genitive forms, and the shared English terms. Purview's "δεια οδήγησης" is a
    // truncated "άδεια" and is left out (the full word is listed).
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  allow: PUBLISHED,
  validate: (value, ctx) => {
    if (allSame(value)) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'adeia odigisis',
    match: ['402918375', '071536294', '930047182', '265810439'],
    noMatch: [
      "driver's licence 402918375", // English keyword only: the US detector's
      'adeia odigisis 000000000', // all zero
      'adeia odigisis 123456789', // the placeholder
      'adeia odigisis 4029183751', // 10 digits
      'adeia odigisis 40291837', // 8 digits
      'adeia odigisis 402-918-375', // separated: not the documented form
      'παραγγελία 402918375 εστάλη', // no keyword
      'adeia odigisis 1.402918375', // a decimal fraction
    ],
  },
});
