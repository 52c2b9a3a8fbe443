import { defineDetector } from '../src/define.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';

/**
 * Numeric dates (d/m/y, m/d/y, y-m-d with `/`, `-`, `.` or space; 2- or 4-digit years), compact
 * YYYYMMDD, and dates with English month names ("15th June 1991", "June 4, 1976", "22-nov-1972").
 */
const PATTERN = new RegExp(
  '(?<![\\w/.:-])(?:' +
    [
      '\\d{1,2}([/.\\- ])\\d{1,2}\\1(?:\\d{4}|\\d{2})',
      '\\d{4}([/.\\-])\\d{1,2}\\2\\d{1,2}',
      '(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])',
      `${DAY}(?:[ -]|\\s(?:of\\s)?)${MONTH}\\.?,?[ -](?:\\d{4}|\\d{2})`,
      `${MONTH}\\.?[ -]${DAY},?[ -](?:\\d{4})`,
    ].join('|') +
    ')(?![\\w]|[/.:-]\\d)',
  'gi',
);

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

/** Four-digit years from 1900 to this year; two-digit years are taken as 19xx or 20xx, whichever is not in the future. */
function plausible(y: number, m: number, d: number, twoDigitYear: boolean): boolean {
  const now = new Date();
  const thisYear = now.getUTCFullYear();
  let year = y;
  if (twoDigitYear) year = 2000 + y > thisYear ? 1900 + y : 2000 + y;
  if (year < 1900 || year > thisYear) return false;
  if (!validDate(year, m, d)) return false;
  return Date.UTC(year, m - 1, d) <= now.getTime();
}

function validate(value: string): boolean {
  const v = value.toLowerCase();
  const text = /^(\d{1,2})(?:st|nd|rd|th)?(?:[ -]|\s(?:of\s)?)([a-z]{3})[a-z]*\.?,?[ -](\d{2,4})$/.exec(v);
  if (text) return plausible(+text[3]!, MONTHS[text[2]!] ?? 0, +text[1]!, text[3]!.length === 2);
  const text2 = /^([a-z]{3})[a-z]*\.?[ -](\d{1,2})(?:st|nd|rd|th)?,?[ -](\d{4})$/.exec(v);
  if (text2) return plausible(+text2[3]!, MONTHS[text2[1]!] ?? 0, +text2[2]!, false);
  if (/^\d{8}$/.test(v)) return plausible(+v.slice(0, 4), +v.slice(4, 6), +v.slice(6), false);
  const parts = v.split(/[/.\- ]/).map(Number);
  if (parts.length !== 3) return false;
  const [a, b, c] = parts as [number, number, number];
  const first = v.split(/[/.\- ]/)[0]!;
  if (first.length === 4) return plausible(a, b, c, false); // y-m-d
  const two = v.split(/[/.\- ]/)[2]!.length === 2;
  // d/m/y or m/d/y: either reading may be meant.
  return plausible(c, b, a, two) || plausible(c, a, b, two);
}

export default defineDetector({
  id: 'date-of-birth',
  type: 'DATE_OF_BIRTH',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  description: 'Date of birth: a calendar date near a birth-date keyword',
  validation: 'valid calendar date (d/m/y or m/d/y, y-m-d, month names), year 1900 to today, not in the future',
  pattern: PATTERN,
  maxLength: 32,
  keywords: {
    words: [
      'bday', 'b-day', 'birth date', 'birthday', 'date of birth', 'dob', 'd.o.b', 'd.o.b.', 'birthdate', 'born', 'born on',
      'geburtsdatum', 'geboren', 'date de naissance', 'né le', 'née le', 'fecha de nacimiento', 'data di nascita',
      'data de nascimento',
    ],
    required: true,
  },
  validate,
  examples: {
    keyword: 'DOB',
    match: ['17/06/1976', '22-11-1972', '1985-01-01', '15th June 1991', '22-nov-1972', 'June 4, 1976', '4 June 1976', '02.29.1996', '7/4/85', '19910615'],
    noMatch: [
      'DOB 31/02/1980', // no such day
      'DOB 1985-13-01', // no such month
      'DOB 29.02.1999', // not a leap year
      'DOB 12/03/1850', // implausible year
      'DOB 12/03/2999', // future
      'invoice date 17/06/1976', // no keyword
      'DOB 1976-06-17T10:00', // a timestamp, not a date
    ],
  },
});
