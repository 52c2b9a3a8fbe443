import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';
import { allSame, luhn } from '../src/checks.js';

/**
 * The Swedish driving licence (körkort) carries the holder's personnummer as its number (Microsoft
 * Purview's "Sweden driver's license number": six digits, a hyphen, four digits). The personnummer
 * is YYMMDD-NNNC (YYYYMMDD-NNNC in the 12-digit form; "+" instead of "-" from the year the holder
 * turns 100), with a Luhn check digit C over the 10-digit form (Skatteverket; python-stdnum
 * stdnum/se/personnummer.py).
 */
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function swedishPersonnummerValid(value: string): boolean {
  const v = value.replace(/[-+ ]/g, '');
  if (!/^(?:\d{10}|\d{12})$/.test(v)) return false;
  if (v.length === 12 && value.includes('+')) return false; // "+" only in the 10-digit form
  const ten = v.slice(-10);
  if (allSame(ten)) return false;
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month]!) return false;
  if (month === 2 && day === 29) {
    // The 10-digit form leaves the century open: 29 February needs a leap year in some century.
    const yy = Number(ten.slice(0, 2));
    if (v.length === 12 ? !isLeap(Number(v.slice(0, 4))) : yy % 4 !== 0) return false;
  }
  return luhn(ten);
}

/**
 * Swedish words that make an all-digit value Swedish: the native keywords and the country's names.
 * An English "driver's licence" alone does not: the US detector takes 10-digit numbers too.
 */
const NATIVE = ['körkort', 'korkort', 'körkortsnummer', 'korkortsnummer', 'körkortnummer', 'körkortet'];
const inLocalContext = localContext([...NATIVE, 'sweden', 'swedish', 'sverige', 'svensk', 'svenskt', 'svenska', 'transportstyrelsen']);

/** Documentation examples: Wikipedia's (811228-9874) and Skatteverket's test number 121212-1212. */
const PUBLISHED = ['8112289874', '198112289874', '1212121212', '191212121212', '201212121212'];

export default defineDetector({
  id: 'sweden-drivers-license',
  type: 'SWEDEN_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['SE'],
  description: "Swedish driver's licence number (the holder's personnummer, YYMMDD-NNNC) with its keyword",
  validation:
    'personnummer: a date YYMMDD (or YYYYMMDD) that exists, Luhn check digit over the 10 digits; a Swedish keyword (körkort) or Sweden named near, not only an English keyword',
  // YYMMDD-NNNC, YYMMDD+NNNC, YYMMDDNNNC, YYYYMMDD-NNNC, YYYYMMDDNNNC.
  pattern: /(?<![A-Za-z\d+-]|\d[./])(?:(?:19|20)\d{6}-?|\d{6}[-+]?)\d{4}(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 13,
  keywords: {
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  normalize: (v) => v.replace(/[-+ ]/g, ''),
  allow: PUBLISHED,
  validate: (value, ctx) => {
    if (!swedishPersonnummerValid(value)) return false;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'korkort',
    match: ['850709-9805', '9305172141', '19850709-9805', '040229-4565', '121029+7386', '196512312361'],
    noMatch: [
      'korkort 850709-9806', // wrong check digit
      'korkort 851309-9800', // month 13
      "driver's licence 850709-9805", // English keyword only: the US detector's
      'order 850709-9805 shipped', // no keyword
      'korkort 000000-0000', // all zero
      'korkort 811228-9874', // published example
      'korkort 1850709-9805', // inside a longer number
      'korkort 19850709+9805', // "+" in the 12-digit form
    ],
  },
});
