import { defineDetector } from '../src/define.js';

/**
 * The Indian driving licence number of the Sarathi era (Ministry of Road Transport and Highways;
 * GeeksforGeeks "How to validate Indian driving license number", Paytm's DL FAQ): 2-letter state code,
 * 2-digit RTO code, 4-digit year of issue, 7-digit serial: 15 characters, printed with a hyphen after
 * the state code (HR-0619850034761), a space after the RTO code (HR06 19850034761), hyphens between
 * all parts (MH-01-2020-0012345) or none. Older state formats (e.g. "MH03/12345/2005") are not matched.
 */
const STATES = new Set([
  'AN', 'AP', 'AR', 'AS', 'BR', 'CG', 'CH', 'DD', 'DL', 'DN', 'GA', 'GJ', 'HP', 'HR', 'JH', 'JK', 'KA', 'KL', 'LA', 'LD',
  'MH', 'ML', 'MN', 'MP', 'MZ', 'NL', 'OD', 'OR', 'PB', 'PY', 'RJ', 'SK', 'TG', 'TN', 'TR', 'TS', 'UA', 'UK', 'UP', 'WB',
]);
const FIRST_YEAR = 1950;

/** True for a 15-character licence number (separators removed) with a known state, RTO and year. */
export function indiaDlValid(value: string): boolean {
  const v = value.replace(/[ -]/g, '');
  if (!/^[A-Z]{2}\d{13}$/.test(v) || !STATES.has(v.slice(0, 2)) || v.slice(2, 4) === '00') return false;
  const year = Number(v.slice(4, 8));
  if (year < FIRST_YEAR || year > new Date().getFullYear()) return false;
  return !/^0+$/.test(v.slice(8));
}

/** GeeksforGeeks' worked examples (valid ones), in normalized form. */
const PUBLISHED = ['HR0619850034761', 'UP1420160034761'];

export default defineDetector({
  id: 'india-drivers-license',
  type: 'INDIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['IN'],
  description: 'Indian driving licence number (state code, RTO code, year of issue, 7-digit serial: HR-0619850034761) with its keyword',
  validation: `state/UT code from the RTO list, RTO code not 00, year of issue ${FIRST_YEAR}–current year, serial not all zeros`,
  pattern: /(?<![A-Za-z\d-])[A-Z]{2}[ -]?\d{2}[ -]?(?:19|20)\d{2}[ -]?\d{7}(?![A-Za-z\d]|[-.]\d|-[A-Za-z])/g,
  maxLength: 18,
  keywords: {
    // macie.md gives no list for India ("native-language lists"): the English terms Indian licences and
    // forms use, the shared English list, and the Hindi term.
    words: [
      'driving licence', 'driving license', 'driving licence number', 'driver licence', 'driver license', "driver's licence",
      "driver's license", 'driver’s licence', 'driver’s license', 'drivers licence', 'drivers license', 'dl no', 'dl no.',
      'dl number', 'dl#', 'dl:', 'dlno#', 'licence number', 'licence no', 'license number', 'driving permit',
      'ड्राइविंग लाइसेंस',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/[ -]/g, ''),
  allow: PUBLISHED,
  validate: (value) => indiaDlValid(value),
  examples: {
    keyword: 'driving licence',
    match: ['MH1220110012345', 'MH12 20110012345', 'DL-0420110149646', 'KA-05-2015-0004321', 'TN0119990123456'],
    noMatch: [
      'driving licence XX1220110012345', // not a state code
      'driving licence MH0020110012345', // RTO 00
      'driving licence MH1219420012345', // year 1942
      'driving licence MH1220990012345', // year 2099
      'driving licence MH1220110000000', // serial all zeros
      'driving licence HR-0619850034761', // the published example
      'vehicle MH1220110012345', // no keyword
      'driving licence AMH1220110012345', // inside a longer token
      'driving licence MH12201100123456', // 8-digit serial
    ],
  },
});
