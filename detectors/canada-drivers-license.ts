import { defineDetector } from '../src/define.js';
import { allSame, isYyyymmdd } from '../src/checks.js';
import { localContext } from './data/driving-licence.js';

/**
 * Provincial formats (Microsoft Purview's "Canada driver's license number" definition; the Ontario
 * encoding as described on reverseengineering.stackexchange.com/q/25693), over the value with
 * hyphens removed. Hyphens only where the cards print them (New Jersey writes its letter + 14
 * digits with spaces):
 * - Ontario: surname initial + 14 digits, printed A1234-56789-01234; the last six digits are the
 *   birth date YYMMDD, with 50 added to the month for women.
 * - Nova Scotia: 5 letters of the surname + birth date DDMMYY + 3 digits.
 * - Manitoba: 7 letters (name code) + 3 digits + 2 letters, printed AB-CD-EF-G123HI.
 * - Quebec: surname initial + 12 digits (A1234-567890-12); Newfoundland and Labrador: letter + 9
 *   digits; Alberta 6-3 digits or 5–9 digits, British Columbia 7, New Brunswick 5–7, Prince Edward
 *   Island 5–6, Saskatchewan 8 digits.
 */
const ONTARIO = /^[A-Z]\d{14}$/;
const NOVA_SCOTIA = /^[A-Z]{5}\d{9}$/;
const MANITOBA = /^[A-Z]{7}\d{3}[A-Z]{2}$/;
/**
 * Shapes the US detector takes too (letter + 3–14 digits, 5–14 digits: FL, MD, MN and MI write letter
 * + 12, KY letter + 9, most states digits only). Ontario's letter + 14 is NJ's shape as well, but its
 * birth date check makes it Ontario's own enough to stand on the keyword.
 */
const SHARED_SHAPES = /^(?:[A-Z]\d{12}|[A-Z]\d{9}|\d{5,9})$/;

/**
 * A Canadian place or issuer named near the value: the shapes US licences share are reported as
 * Canadian only then. (Without it nearly every numeric US licence would also be reported as
 * Canadian; the US detector reports those.) Lower-case "mb", "nb", "on", "ns" are ordinary words.
 */
const nearCanadian = localContext([
  'canada', 'canadian', 'canadien', 'canadienne', 'ontario', 'quebec', 'québec', 'british columbia',
  'colombie britannique', 'alberta', 'saskatchewan', 'manitoba', 'new brunswick', 'nouveau brunswick',
  'nova scotia', 'nouvelle écosse', 'nouvelle ecosse', 'prince edward island', 'île du prince édouard',
  'ile du prince edouard', 'newfoundland', 'labrador', 'terre neuve', 'yukon', 'nunavut', 'northwest territories',
  'territoires du nord ouest', 'bc', 'b.c.', 'qc', 'pei', 'p.e.i.', 'saaq', 'icbc', 'serviceontario', 'sgi',
]);

const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validDay = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= DAYS[month]!;
const num = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;

export default defineDetector({
  id: 'canada-drivers-license',
  type: 'CANADA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['CA'],
  description: "Canadian driver's licence number in one of the provincial formats, with its keyword",
  validation:
    "Ontario: letter + 14 digits ending in a birth date YYMMDD (month +50 for women); Nova Scotia: 5 letters + DDMMYY + 3 digits; Manitoba: 7 letters, 3 digits, 2 letters; Quebec (letter + 12), Newfoundland (letter + 9) and the all-digit formats (AB, BC, NB, PE, SK) only with a Canadian place or issuer named near; not all one digit, not an 8-digit date YYYYMMDD",
  pattern:
    /(?<![A-Za-z\d-]|\d\.)(?:[A-Z]\d{4}(-?)\d{5}\1\d{5}|[A-Z]\d{4}(-?)\d{6}\2\d{2}|[A-Z]\d{9}|[A-Z]{5}-?[0-3]\d[01]\d{6}|[A-Z]{2}(-?)[A-Z]{2}\3[A-Z]{2}\3[A-Z]\d{3}[A-Z]{2}|\d{6}-\d{3}|\d{5,9})(?![A-Za-z\d]|[-.]\d|-[A-Za-z])/g,
  maxLength: 17,
  keywords: {
    // macie.md's list shared by the US, UK, CA and AU identifiers (plurals are matched by the engine),
    // the typographic apostrophe, and CA's French keyword.
    words: [
      'dl#', 'dl:', 'dlno#', 'driver licence', 'driver license', 'driver permit', 'drivers lic.', 'drivers licence',
      "driver's licence", 'drivers license', "driver's license", 'drivers permit', "driver's permit",
      'drivers permit number', 'driving licence', 'driving license', 'driving permit', 'driver’s licence',
      'driver’s license', 'driver’s permit', 'permis de conduire',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/-/g, ''),
  validate: (value, ctx) => {
    const v = value.replace(/-/g, '');
    const digits = v.replace(/\D/g, '');
    if (allSame(digits)) return false;
    if (ONTARIO.test(v)) {
      // …YYMMDD at digits 9–14 of the 14.
      const month = num(digits, 10);
      return validDay(month > 50 ? month - 50 : month, num(digits, 12));
    }
    if (NOVA_SCOTIA.test(v)) return validDay(num(digits, 2), num(digits, 0));
    if (MANITOBA.test(v)) return true;
    if (!SHARED_SHAPES.test(v) || isYyyymmdd(v)) return false;
    return nearCanadian(ctx);
  },
  examples: {
    keyword: "Ontario driver's licence",
    match: ['S5778-01239-01115', 'M1234-56789-65228', 'J47120398455307', 'T1234-567890-12', 'A123456789', 'JONES150190123', 'AB-CD-EF-G123HI', '123456-789', '7654321'],
    noMatch: [
      "driver's licence S5778-01239-01315", // month 13
      "driver's licence S5778-01239-90230", // 30 February
      "driver's licence JONES320190123", // day 32
      "driver's licence T1234-567890-12", // a Quebec shape, no Canadian place named
      "driver's licence 7654321", // a BC shape, no Canadian place named: the US detector's
      'Ontario driver licence 1111111', // one digit repeated
      'Ontario licence plate S5778-01239-01115', // no keyword
      "Ontario driver's licence S5778-0123901115", // inconsistent separators
    ],
  },
});
