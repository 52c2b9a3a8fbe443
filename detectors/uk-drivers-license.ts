import { defineDetector } from '../src/define.js';

/** Days in each month (February with its 29th: the birth year is known only to the decade's digit). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The structure of a DVLA driver number (Great Britain; Northern Ireland's are 8 plain digits):
 *  1–5   the first five letters of the surname, padded with 9s (MAN99; "Mac" is read as "Mc");
 *  6     the decade digit of the year of birth;
 *  7–8   the month of birth, 01–12, with 5 added to the first digit for women (51–62);
 *  9–10  the day of birth, 01–31;
 *  11    the last digit of the year of birth;
 *  12–13 the first two initials, the second a 9 when there is no middle name (99 for none);
 *  14    an arbitrary character, usually 9, lowered to tell apart holders whose first 13 agree;
 *  15–16 two computer check characters (no published algorithm).
 * The licence also prints a 2-digit issue number after the 16 characters.
 * Sources: GOV.UK / DVLA INF leaflets ("How to read your driver number", MORGA 657054 SM9IJ 35),
 * Wikipedia "Driving licence in the United Kingdom" (MORGA753116SM9IJ), the DVLA Access to Driver
 * Data interface regex quoted in DVSA's code.
 */
export function ukDriverNumberValid(value: string): boolean {
  const v = value.replace(/ /g, '').slice(0, 16);
  if (!/^[A-Z]{1,5}9*$/.test(v.slice(0, 5))) return false; // letters, then 9s only
  let month = Number(v.slice(6, 8));
  if (month > 50) month -= 50;
  if (month < 1 || month > 12) return false;
  const day = Number(v.slice(8, 10));
  if (day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  // Initials: a letter, then a letter or 9; or 99 (DVLA's interface regex: 99|[A-Z][A-Z9]).
  return /^(?:[A-Z][A-Z9]|99)[A-Z0-9]{3}$/.test(v.slice(11, 16));
}

/**
 * Example numbers of the documentation: Wikipedia's, and the DVLA leaflet's (Samantha Michelle
 * Morgan, born 5 July 1964), in normalized form.
 */
const PUBLISHED = ['MORGA753116SM9IJ', 'MORGA657054SM9IJ'];

export default defineDetector({
  id: 'uk-drivers-license',
  type: 'UK_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['GB'],
  description: 'UK (DVLA) driving licence number, 16 characters from surname, birth date and initials (MORGA753116SM9IJ), with its keyword',
  validation:
    'surname part letters then 9s, birth month 01–12 or 51–62, a day that exists in that month, initials a letter then a letter or 9 (or 99); no public check-character algorithm',
  // 16 upper-case characters, also spaced as on the card (MORGA 753116 SM9IJ, MORGA 753 116 SM9IJ), and
  // the optional 2-digit issue number after them (MORGA753116SM9IJ 35, MORGA753116SM9IJ35).
  // Positions 14–16 take letters or digits: the DVLA's interface expects letters in 15–16, but numbers
  // are copied with 1 for I (scrubadub's MORGA753116SM91J).
  pattern: /(?<![A-Za-z\d])[A-Z][A-Z9]{4} ?\d[0156]\d ?[0-3]\d\d ?[A-Z9]{2}[A-Z\d]{3}(?: ?\d{2})?(?![A-Za-z\d])/g,
  maxLength: 22,
  keywords: {
    // macie.md's list shared by the US, UK, CA and AU licences; plus the DVLA's own terms ("driver
    // number", printed on the licence and in DVLA letters; "DVLA") and "licence number" (UK spelling
    // only: "license number" is what software licences have).
    words: [
      'dl#', 'dl:', 'dlno#', 'driver licence', 'driver license', 'driver permit', 'drivers lic.', 'drivers licence',
      "driver's licence", 'driver’s licence', 'drivers license', "driver's license", 'driver’s license', 'drivers permit',
      "driver's permit", 'driver’s permit', 'drivers permit number', 'driving licence', 'driving license', 'driving permit',
      'licence number', 'driver number', 'dvla',
    ],
    required: true,
  },
  // The 16-character driver number: spaces and the issue number dropped.
  normalize: (v) => v.replace(/ /g, '').slice(0, 16),
  allow: PUBLISHED,
  validate: (value) => ukDriverNumberValid(value),
  examples: {
    keyword: 'driving licence',
    match: ['BROWN802147AL9XK', 'TAYLO 655239 MJ9QR', 'LEE99710305K99TW 02', 'WILSO912067DR8BN14', 'PATEL052290RA9ZC'],
    noMatch: [
      'driving licence BROWN813147AL9XK', // month 13
      'driving licence BROWN802307AL9XK', // 30 February
      'driving licence BR9WN802147AL9XK', // a 9 inside the surname part
      'driving licence BROWN8021479A9XK', // initials: 9 before a letter
      'driving licence: MORGA753116SM9IJ', // the published example
      'driving licence XBROWN802147AL9XK', // inside a longer token
      'driving licence BROWN802147AL9XK123', // inside a longer token
      'order BROWN802147AL9XK shipped', // no keyword
      'driving licence 99999802147AL9XK', // no surname letter
    ],
  },
});
