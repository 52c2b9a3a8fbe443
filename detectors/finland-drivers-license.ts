import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS, localContext } from './data/driving-licence.js';

/**
 * The Finnish driving licence (ajokortti) carries the holder's henkilötunnus (HETU) as its number
 * (Microsoft Purview's "Finland driver's license number": six digits, a hyphen, three digits, a digit
 * or letter). HETU: DDMMYY, a century sign (+ 1800s; - or Y X W V U 1900s; A B C D E F 2000s), an
 * individual number 002–899 (900–999 are temporary numbers), and a check character: the 9 digits
 * DDMMYYNNN mod 31 indexed into 0123456789ABCDEFHJKLMNPRSTUVWXY (Digital and Population Data Services
 * Agency; python-stdnum stdnum/fi/hetu.py).
 */
const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function finnishHetuValid(value: string): boolean {
  const v = value.toUpperCase();
  const m = /^(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])$/.exec(v);
  if (!m) return false;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = CENTURY[m[4]!]! + Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS[month]!)) return false;
  const individual = Number(m[5]);
  if (individual < 2 || individual > 899) return false;
  return CHECK[Number(m[1]! + m[2]! + m[3]! + m[5]!) % 31] === m[6];
}

/**
 * Finnish (and Finland-Swedish) words that make a value with the century sign - or + Finnish: the
 * native keywords and the country's names. An English "driver's licence" alone does not: the US
 * detector takes 150385-246Y (9 digits and a letter) and 010170-8885 (10 digits) too.
 */
const NATIVE = ['ajokortti', 'ajokortin', 'ajokortit', 'ajokortin numero', 'ajokorttinumero', 'körkort', 'korkort', 'körkortsnummer'];
const inLocalContext = localContext([...NATIVE, 'finland', 'finnish', 'suomi', 'suomen', 'suomalainen', 'finsk', 'finska', 'traficom']);

/** The example HETU of the population register's documentation (and python-stdnum's). */
const PUBLISHED = ['131052-308T'];

export default defineDetector({
  id: 'finland-drivers-license',
  type: 'FINLAND_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['FI'],
  description: "Finnish driver's licence number (the holder's henkilötunnus, DDMMYY-NNNC) with its keyword",
  validation:
    'henkilötunnus: a date DDMMYY that exists in the century of its sign, individual number 002–899, mod-31 check character; with the century sign - or + (a US licence shape too) a Finnish keyword (ajokortti) or Finland named near, not only an English keyword',
  // DDMMYY, century sign, 3 digits, check character (upper case, as printed).
  pattern: /(?<![A-Za-z\d+-]|\d[./])[0-3]\d[01]\d\d\d[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 11,
  keywords: {
    words: [
      ...NATIVE,
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  allow: PUBLISHED,
  validate: (value, ctx) => {
    if (!finnishHetuValid(value)) return false;
    // A letter century sign (2000s A–F, 1900s U–Y): no US licence looks like this. With - or + the value
    // also fits a US shape (9 or 10 digits, maybe a letter), so an English keyword alone is not enough.
    if (/^\d{6}[A-FU-Y]/.test(value)) return true;
    return inLocalContext(ctx);
  },
  examples: {
    keyword: 'ajokortti',
    match: ['150385-246Y', '290204A1539', '311299-482S', '070810B317S', '010170-8885'],
    noMatch: [
      'ajokortti 150385-246X', // wrong check character
      'ajokortti 310285-246Y', // 31 February
      'ajokortti 150385-001Y', // individual number below 002
      "driver's licence 010170-8885", // century sign -, English keyword only: the US detector's
      "driver's licence 150385-246Y", // the same
      'order 150385-246Y shipped', // no keyword
      'ajokortti 000000-0000', // all zero
      'ajokortti 131052-308T', // published example
      'ajokortti 1150385-246Y', // inside a longer number
      'ajokortti 150385/246Y', // not a century sign
    ],
  },
});
