import { defineDetector } from '../src/define.js';

/**
 * US state driver's licence number formats (AAMVA DL/ID card design standard, state DMV pages),
 * merged into one list of shapes over the value with hyphens and spaces removed.
 * Pure digit forms: 4–14 digits cover AL, AK, AR, AZ, CO, CT, DC, DE, GA, HI, IA, ID, IN, KS, KY, LA,
 * MA, ME, MS, MO, MT, NC, ND, NM, NV, NY, OH, OK, OR, PA, RI, SC, SD, TN, TX, UT, VA, VT, WV, WY.
 */
const STATE_FORMATS: readonly RegExp[] = [
  /^\d{5,14}$/, // digits only (5+ so that short counters do not qualify)
  /^\d{16}$/, // NY (16 digits)
  /^[A-Z]\d{3,14}$/, // CA (A1234567), FL (A + 12), IL (A + 11), MI, MN, MD, NJ (A + 14), WI (A + 13), NY (A + 7), ...
  /^[A-Z]\d{18}$/, // NY (A + 18)
  /^[A-Z]{2}\d{2,7}$/, // CO, OH, WV, ...
  /^[A-Z]{2}\d{6}[A-Z]$/, // ID
  /^[A-Z]{3}\d{6}$/, // ND
  /^\d{3}[A-Z]{2}\d{4}$/, // IA
  /^\d{2}[A-Z]{3}\d{5}$/, // NH
  /^\d{7,9}[A-Z]{1,2}$/, // ME, MO, VT
  /^[A-Z]\d[A-Z]\d[A-Z]$/, // KS
  /^[A-Z]\d{6}R$/, // MO
  /^WDL[A-Z0-9]{9}$/, // WA (since 2018)
  /^[A-Z*]{5}[A-Z][A-Z*]\d{3}[A-Z0-9]{2}$/, // WA (before 2018: name code, birth year code, check)
];

export default defineDetector({
  id: 'drivers-license',
  type: 'DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['US'],
  description: "US driver's licence number in one of the state formats, with its keyword",
  validation: 'state formats (letters and digits per state, 5–19 characters); not all the same digit, not 0000…',
  // Letters, digits, `*` (Washington) and single hyphens between them (FL A123-456-78-901-0, IL A123-4567-8901).
  pattern: /(?<![A-Za-z0-9*-]|\d\.)[A-Z0-9*](?:[A-Z0-9*]|-(?=[A-Z0-9])){4,22}(?![A-Za-z0-9*]|-[A-Za-z0-9]|\.\d)/g,
  maxLength: 24,
  keywords: {
    words: [
      'dl#', 'dl:', 'dl #', 'dlno#', 'dl no', 'dl number', 'driver licence', 'driver license', 'driver permit', 'drivers lic.',
      'drivers lic', 'drivers licence', "driver's licence", 'drivers license', "driver's license", 'drivers permit',
      "driver's permit", 'drivers permit number', 'driving licence', 'driving license', 'driving permit',
      'driver’s licence', 'driver’s license', 'driver’s permit', 'cdl', "operator's license", 'operator license',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/-/g, ''),
  validate: (value) => {
    const v = value.replace(/-/g, '');
    const digits = v.replace(/\D/g, '');
    if (digits.length < 3 || /^(\d)\1+$/.test(digits)) return false;
    return STATE_FORMATS.some((re) => re.test(v));
  },
  examples: {
    keyword: "driver's license",
    match: ['D1234567', 'F162823540116', 'U62928788557186', '2270-66-1551', 'A123-4567-8901', '6940579', 'WDLABCD456DG'],
    noMatch: [
      "driver's license C12T345672", // no state uses this shape
      "driver's license ABCDEFGHI", // letters only
      "driver's license 000000000", // all zeros
      'DL# d1234567', // lower case is not how licences are printed
      'serial D1234567', // no keyword
      "driver's license check took 46.01145600000007 s", // decimal fraction
    ],
  },
});
