import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS } from './data/driving-licence.js';
import { allSame, isYyyymmdd } from '../src/checks.js';
import { compileKeywords } from '../src/keywords.js';

/**
 * Australian licence numbers by state and territory (Microsoft Purview's "Australia driver's license
 * number" definition, both versions; state transport agencies): NSW up to 8 digits (older cards
 * letters and digits), VIC up to 10 digits (8–9 today), QLD 8–9 digits, WA 7 digits, SA a letter + 5
 * digits or 6 digits, TAS 1–2 letters + 4–5 digits, NT and ACT up to 10 digits. Purview's shapes:
 * 2-2-4, 3-3-3, 3-3-4 and 1-3-3-3 digit groups (space or hyphen), 7 digits, letter + 5 digits, 2 letters
 * + 4 digits, 4 digits + 2 letters, and 1–2 optional letters + 4–9 digits. Shorter all-digit numbers
 * (older VIC/NT/ACT) are left out: 6 digits is the least taken.
 *
 * Every one of these shapes is also a US licence shape (drivers-license.ts: 5–14 digits, letter + 3–14
 * digits, 2 letters + 2–7 digits) or an ordinary number, and Macie's keywords are the English ones the
 * US, UK and Canadian identifiers share. So a value is reported as Australian only with an Australian
 * place or licensing authority named near it (or in its column header / JSON path). When it is, and
 * the name is "Australia"/"Australian", the engine keeps only this finding of a value the US detector
 * matched too (namedCountryWins); a state name alone ("NSW") leaves both.
 */
const SHAPES = /^(?:\d{6,10}|[A-Z]{1,2}\d{4,8}|\d{4}[A-Z]{2})$/;

/** Australian places and licensing authorities (case-insensitive words). */
const AUSTRALIAN = compileKeywords([
  'australia', 'australian', 'new south wales', 'nsw', 'victoria', 'victorian', 'vicroads', 'queensland', 'qld',
  'western australia', 'south australia', 'tasmania', 'tasmanian', 'northern territory', 'australian capital territory',
  'canberra', 'sydney', 'melbourne', 'brisbane', 'adelaide', 'hobart', 'service nsw', 'transport for nsw',
  'roads and maritime services', 'service sa', 'service tasmania', 'access canberra', 'austroads',
]);
/**
 * State and territory abbreviations that are ordinary words or other places in lower case: only as
 * capitals. "WA" is left out (Washington has its own licences).
 */
const STATE_CODES = /(?<![A-Za-z])(?:VIC|TAS|ACT|NT|SA)(?![A-Za-z])/g;
const CONTEXT_DISTANCE = 60;

function australianNear(text: string, start: number, end: number): boolean {
  if (AUSTRALIAN.near(text, start, end, CONTEXT_DISTANCE) !== undefined) return true;
  const from = Math.max(0, start - CONTEXT_DISTANCE - 3);
  const window = text.slice(from, Math.min(text.length, end + CONTEXT_DISTANCE + 3));
  STATE_CODES.lastIndex = 0;
  for (let m = STATE_CODES.exec(window); m; m = STATE_CODES.exec(window)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if ((e <= start && start - e <= CONTEXT_DISTANCE) || (s >= end && s - end <= CONTEXT_DISTANCE)) return true;
  }
  return false;
}

export default defineDetector({
  id: 'australia-drivers-license',
  type: 'AUSTRALIA_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['AU'],
  description: "Australian driver's licence number in one of the state formats, with its keyword and an Australian place named near",
  validation:
    '6–10 digits (plain or 2-2-4, 3-3-3, 3-3-4, 1-3-3-3 groups), 1–2 letters + 4–8 digits, or 4 digits + 2 letters; an Australian place, state or licensing authority named within 60 characters (or in the column header); not all one digit, not an 8-digit date YYYYMMDD',
  pattern:
    /(?<![A-Za-z\d-]|\d[. ])(?:\d{2}([ -])\d{2}\1\d{4}|\d{3}([ -])\d{3}\2\d{3,4}|\d([ -])\d{3}\3\d{3}\3\d{3}|\d{6,10}|[A-Z]{1,2}\d{4,8}|\d{4}[A-Z]{2})(?![A-Za-z\d]|[-. ]\d|-[A-Za-z])/g,
  maxLength: 13,
  keywords: {
    // macie.md's list shared by the US, UK, CA and AU identifiers (plurals are matched by the engine),
    // with the typographic apostrophe.
    words: [
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  normalize: (v) => v.replace(/[ -]/g, ''),
  validate: (value, ctx) => {
    const v = value.replace(/[ -]/g, '');
    const digits = v.replace(/\D/g, '');
    if (!SHAPES.test(v) || allSame(digits) || isYyyymmdd(v)) return false;
    const inText = ctx.text.length > 0 && australianNear(ctx.text, ctx.start, ctx.end);
    return inText || (ctx.labels ?? []).some((l) => AUSTRALIAN.inLabel(l) !== undefined);
  },
  examples: {
    keyword: 'NSW driver licence',
    match: ['14725836', '12 34 5678', '038 415 926', '271 828 1828', '1 234 567 890', '7654321', 'S12345', 'TA4321', '1234AB'],
    noMatch: [
      'Australian driver licence 11111111', // one digit repeated
      'Victoria driver licence 20230115', // a date YYYYMMDD
      "driver's licence 14725836", // no Australian place named: the US detector's
      'NSW licence plate 14725836', // no keyword
      'NSW driver licence 12345', // 5 digits
      'NSW driver licence 147258369012', // 12 digits
      'NSW driver licence 12 34-5678', // mixed separators
      'NSW driver licence ABC12345', // three letters
      'Victoria driver licence 1.234567', // a decimal number
    ],
  },
});
