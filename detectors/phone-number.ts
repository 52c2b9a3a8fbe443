import { createRequire } from 'node:module';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { defineDetector } from '../src/define.js';
import type { Evidence, MatchContext } from '../src/types.js';
import { countryMentionIn } from '../src/country-words.js';

/**
 * libphonenumber-js with its full metadata (~150 KB of JSON) is loaded on the first candidate that
 * needs it, not at start-up: most scans of a few small files never get that far.
 */
const load = createRequire(import.meta.url);
let lib: typeof import('libphonenumber-js/max') | undefined;
function parsePhoneNumberFromString(value: string, country?: CountryCode): PhoneNumber | undefined {
  lib ??= load('libphonenumber-js/max') as typeof import('libphonenumber-js/max');
  return lib.parsePhoneNumberFromString(value, country);
}

/** Macie's phone identifiers by country; other valid numbers are reported as PHONE_NUMBER. */
const MACIE_TYPE: Partial<Record<CountryCode, string>> = {
  BR: 'BRAZIL_PHONE_NUMBER',
  FR: 'FRANCE_PHONE_NUMBER',
  DE: 'GERMANY_PHONE_NUMBER',
  IT: 'ITALY_PHONE_NUMBER',
  ES: 'SPAIN_PHONE_NUMBER',
  GB: 'UK_PHONE_NUMBER',
};
/** Countries tried for a number written without a country code, when a keyword is near. */
const NATIONAL_TRIES: CountryCode[] = ['GB', 'DE', 'FR', 'IT', 'ES', 'BR'];

/**
 * North American numbers (+1: US, Canada and the Caribbean) are judged by the NANP's structure, not by
 * libphonenumber's assignment tables: area code and exchange start with 2–9 and are not N11, written as
 * 3-3-4 groups (or 10 digits after +1). Assignment tables lag behind new area codes, and a number can be
 * personal data whether or not its exchange is assigned yet. Returns undefined for other shapes.
 */
function nanp(value: string, anyExchange = false): boolean | undefined {
  const groups = value.match(/\d+/g)!;
  const plus = value.startsWith('+');
  if (plus && groups[0]![0] !== '1') return undefined;
  if (!plus && value.startsWith('0')) return undefined;
  // Drop the country code 1 (written "+1", "1-" or "+1-").
  const g = groups[0] === '1' ? groups.slice(1) : plus ? [groups[0]!.slice(1), ...groups.slice(1)] : groups;
  const d = g.join('');
  if (d.length !== 10) return plus || groups.join('').length === 11 ? false : undefined;
  const shape = g.map((x) => x.length).join('-');
  if (shape !== '3-3-4' && shape !== '10') return false;
  return d[0]! >= '2' && d.slice(1, 3) !== '11' && (anyExchange || (d[3]! >= '2' && d.slice(4, 6) !== '11'));
}

/** "345-899-3560x4587" → "345-899-3560": the extension is part of the finding, not of the number. */
const withoutExtension = (v: string): string => v.replace(/ ?(?:x|ext\.? ?)\d{1,6}$/, '');

/** Validate and classify see the same value one after the other: parse it once. */
let last: { value: string; type: string | undefined } = { value: '', type: undefined };

/** The type `keyedShape` gave the last value it accepted, for classify. */
let keyed: { value: string; type: string | undefined } = { value: '', type: undefined };

/** The reported type of a valid number, or undefined. */
function typeOf(written: string): string | undefined {
  if (last.value === written) return last.type;
  const value = withoutExtension(written);
  let type: string | undefined;
  const n = nanp(value);
  if (n !== undefined) type = n ? 'PHONE_NUMBER' : undefined;
  else if (value.startsWith('+') || value.startsWith('0')) {
    const tries: Array<CountryCode | undefined> = value.startsWith('+') ? [undefined] : NATIONAL_TRIES;
    for (const country of tries) {
      const p = parsePhoneNumberFromString(value, country);
      if (p?.isValid()) {
        type = (p.country && MACIE_TYPE[p.country]) ?? 'PHONE_NUMBER';
        break;
      }
    }
  }
  last = { value: written, type };
  return type;
}

/**
 * Macie's rule without a keyword: the number must carry its country code. A US or Canadian number
 * written the way people write them ("(415) 555-0132", "415-555-0132", "415.555.0132", "1-800-555-0199":
 * parenthesised area code, or 3-3-4 groups with one separator throughout) is reported at `medium`
 * anyway: that shape with a valid area code and exchange is rarely anything else. Space-separated
 * groups ("415 555 0132", columns of numbers), mixed separators ("252.227-7013", a DFARS clause) and
 * reserved area codes (N9X, 37X, 96X) stay `low`.
 */
const STRONG_NANP = /^(?:1([-.])\d{3}\1\d{3}\1\d{4}|\d{3}([-.])\d{3}\2\d{4}|(?:1 )?\(\d{3}\) ?\d{3}-\d{4})$/;
function strongNanp(value: string): boolean {
  const v = withoutExtension(value);
  if (!STRONG_NANP.test(v)) return false;
  const area = v.replace(/\D/g, '').slice(-10, -7);
  return area[1] !== '9' && !/^(?:37|96)/.test(area);
}

/** Calling codes of Macie's countries other than +1, for numbers libphonenumber only finds possible. */
const MACIE_CODE: Record<string, string> = { '55': 'BRAZIL_PHONE_NUMBER', '33': 'FRANCE_PHONE_NUMBER', '49': 'GERMANY_PHONE_NUMBER', '39': 'ITALY_PHONE_NUMBER', '34': 'SPAIN_PHONE_NUMBER', '44': 'UK_PHONE_NUMBER' };

/** "1978-04-13 12", "13.04.1978 12": a date, then more digits. */
const DATE_START = /^(?:(?:19|20)\d\d([./-])\d\d?\1\d\d?|\d\d?([./-])\d\d?\2(?:19|20)\d\d)\b/;

/** Groups of two or more digits, the first one possibly in parentheses: "(99) 645-791", "60-56-85-91". */
const NATIONAL_GROUPS = /^(?:\(\d{2,5}\)[ .-]?|\d{2,5}[ .-])(?:\d{2,}[ .-])*\d{2,}$/;

/** Digit groups of a national number; "12.750903" is a decimal number. */
const nationalShape = (v: string): boolean => NATIONAL_GROUPS.test(v) && !/^\d+\.\d+$/.test(v);

/** +1 or a leading 1, or 3-3-4 groups: a number that claims to be North American. */
const NANP_SHAPE = /^(?:\+?1\b|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$)/;

/**
 * Dates, years ("Copyright 2006-2007 Nippon Telegraph and Telephone", "2016 2017 2018"), ZIP+4 and card-shaped
 * groups that a keyword such as "contact" or "mobile" can stand next to.
 */
const NOT_A_PHONE =
  /^(?:(?:(?:1[6-9]|20)\d\d[ -])+(?:1[6-9]|20)\d\d|\d{1,2}([ ./-])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([ ./-])\d{1,2}\2\d{1,2}|\d{5}-\d{4}|\d{4}[ -]\d{6}[ -]\d{5}|\d{4}([ -])\d{4}\3\d{4}\3\d{3})$/;

/** A phone label right before or after a value: "Fax: 3660170548", "3660170548-Fax". */
const LABEL_BEFORE = /(?:phone|tel|telephone|fax|mobile|cell)[^\w\n]{0,3}$/i;
const LABEL_AFTER = /^[^\w\n]{0,3}(?:phone|tel|telephone|fax|mobile|cell)\b/i;

/**
 * A North American number with an unassigned exchange: written in groups, or as ten bare digits with a
 * phone label right next to it (ten digits farther from the keyword are as often a checksum or an ID).
 */
function nanpNextToLabel(v: string, ctx: MatchContext): boolean {
  if (!nanp(v, true)) return false;
  if (!/^\d{10}$/.test(v)) return true;
  const { text, start, end } = ctx;
  return LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || LABEL_AFTER.test(text.slice(end, end + 13));
}

/**
 * With a keyword near, Macie makes the country code optional, and a user expects any phone-shaped
 * number right next to "Phone:" to be reported, whether or not libphonenumber knows its numbering plan
 * ("Phone: (99) 645-791", "Mobile: 723 813 266", "Desk: +41 (0)96 471 07 95"). Phone-shaped: 7–12
 * digits in at least two groups for a national number, or a `+` code that libphonenumber finds a
 * possible length for. Numbers written the North American way (+1, 3-3-4 groups or 10 digits) need a
 * valid area code ("phone: (115) 555-0132" is no number) but any exchange: next to "Fax", "930.167.3943"
 * is a phone number someone wrote down, assigned or not. Dates, times, year ranges, ZIP+4 codes and
 * card-shaped groups are not phones. Returns the reported type. Runs only for candidates that failed
 * `typeOf`; the keyword search comes after the shape tests, libphonenumber after the keyword.
 * Reported at `medium`: phone-shaped and near a keyword, but not validated.
 */
function keyedShape(value: string, digits: string, ctx: MatchContext): string | undefined {
  const v = withoutExtension(value);
  if ((nanp(v, true) === false && NANP_SHAPE.test(v)) || NOT_A_PHONE.test(v) || DATE_START.test(v)) return undefined;
  // "2003-08-28 12:13:52": digit groups that run into a time are not a phone number.
  const { text, start, end } = ctx;
  if (text[end] === ':' || (text[start - 1] === ':' && /\d/.test(text[start - 2] ?? ''))) return undefined;
  const plus = v.startsWith('+');
  // National: a NANP number, or 7–12 digits in groups of at least two ("12.750903" is a decimal number).
  const national = !plus && (nanpNextToLabel(v, ctx) || (digits.length <= 12 && nationalShape(v)));
  if (!plus && !national) return undefined;
  if (!ctx.hasKeyword) return undefined;
  if (!plus) return 'PHONE_NUMBER';
  const p = parsePhoneNumberFromString(v);
  return p?.isPossible() ? (MACIE_CODE[p.countryCallingCode] ?? 'PHONE_NUMBER') : undefined;
}

/** Plans judged by their NANP structure above, not by a country named near the number. */
const NANP_COUNTRIES = new Set<CountryCode>(['US', 'CA']);

/**
 * A national number with the country named just before it ("My Japanese number is 090-1234-5678",
 * "Israel: 09-7625400", "My CN number is 13812345678"): valid in that country's numbering plan
 * (libphonenumber) is as good as a country code. Returns the reported type and the country's word
 * with its distance (for --explain), or undefined.
 */
function namedCountry(value: string, ctx: MatchContext): { type: string; word: string; distance: number } | undefined {
  // National shapes only: digit groups, or 10–11 bare digits; not a decimal, date or year range.
  if (!(nationalShape(value) || /^\d{10,11}$/.test(value))) return undefined;
  if (NOT_A_PHONE.test(value) || DATE_START.test(value)) return undefined;
  const from = Math.max(0, ctx.start - 30);
  const named = countryMentionIn(ctx.text.slice(from, ctx.start));
  if (!named || NANP_COUNTRIES.has(named.country)) return undefined;
  const p = parsePhoneNumberFromString(withoutExtension(value), named.country);
  if (!p?.isValid() || p.country !== named.country) return undefined;
  return { type: MACIE_TYPE[named.country] ?? 'PHONE_NUMBER', word: named.word, distance: ctx.start - (from + named.end) };
}

export default defineDetector({
  id: 'phone-number',
  type: 'PHONE_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['US', 'CA', 'BR', 'FR', 'DE', 'IT', 'ES', 'GB'],
  description: 'Phone number; without a keyword it must carry a country code (Macie rule)',
  validation:
    'NANP structure for +1 numbers; libphonenumber (max metadata) for others; next to a keyword, phone-shaped digit groups at medium; a national number valid in the plan of a country named just before it at medium; without keyword or country code low, strongly formatted NANP numbers medium',
  // Grouped digits with separators (a "(0)" trunk prefix and an "x123" / "ext. 123" extension allowed),
  // +country code and 8–15 digits, or 10–11 bare digits (accepted next to a keyword or a country's name only).
  pattern:
    /(?<![\w+.\/-])(?:\+\d{1,3}[ .-]?(?:\d{1,4}[ .-](?=\d))?)?(?:\(\d{1,5}\)[ .-]?\d{1,4}|\d{1,5}[ .-]\d{2,4})(?:[ .-]?\d{2,4}){1,3}(?: ?(?:x|ext\.? ?)\d{1,6})?(?![\w\/]|[.-]\d)|(?<![\w+])\+\d{8,15}(?![\w])|(?<![\w+.\/-])\d{10,11}(?![\w\/]|[.-]\d)/g,
  maxLength: 32,
  keywords: {
    words: [
      'cell', 'contact', 'fax', 'fax number', 'mobile', 'phone', 'phone number', 'tel', 'telephone', 'telephone number', 'sms', 'cel', 'celular', 'fone', 'telefone', 'téléphone', 'telefon', 'telefono', 'teléfono', 'móvil', 'handy',
      // what people write before their number in messages and tickets
      'call me', 'call us', 'call back', 'give me a call', 'ring me', 'text me', 'text us', 'reach me', 'reach us', 'whatsapp', 'landline',
      'my number', 'messages to', 'message me', 'not answering',
    ],
    required: false,
  },
  classify: (value) => (keyed.value === value && keyed.type) || typeOf(value),
  validate: (value, ctx) => {
    const digits = withoutExtension(value).replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) return false;
    if (/^\d{4}[-.]\d{2}[-.]\d{2}$/.test(value) || /^\d{1,3}(\.\d{1,3}){3}$/.test(value)) return false; // date, IPv4
    if (/^\d{3}-\d{2}-\d{4}$/.test(value)) return false; // the SSN shape: "012-34-5678" is not a German phone number
    // A ZIP+4 after a state code ("Boston, MA 02110-1301") is not a German phone number.
    if (/^\d{5}-\d{4}$/.test(value) && /(?:^|[^A-Za-z])[A-Z]{2}[ ,]{1,3}$/.test(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start))) return false;
    if (!value.startsWith('+') && !strongNanp(value)) {
      const named = namedCountry(value, ctx);
      if (named) {
        keyed = { value, type: named.type };
        // Without a phone keyword, the country's name is what vouches for the number (--explain shows it).
        return ctx.hasKeyword ? true : ({ keyword: named.word, keywordDistance: named.distance, confidence: 'medium' } satisfies Evidence);
      }
    }
    // 10 or 11 bare digits are an order number as often as a phone number: only next to a keyword.
    if (/^\d{10,11}$/.test(value) && !ctx.hasKeyword) return false;
    // Without a keyword, a country code or a strong NANP format the best verdict is 'low': when the scan
    // does not report 'low', skip libphonenumber (most candidates in logs: "200 51234", epoch seconds).
    if (ctx.minConfidence !== 'low' && !value.startsWith('+') && !strongNanp(value) && !ctx.hasKeyword) return false;
    if (digits.length >= 8 && typeOf(value)) {
      // Macie: without a keyword the number must carry its country code.
      if (ctx.hasKeyword || value.startsWith('+')) return true;
      return strongNanp(value) ? 'medium' : 'low';
    }
    const type = keyedShape(value, digits, ctx);
    keyed = { value, type };
    return type ? 'medium' : false;
  },
  examples: {
    // 555-01xx numbers are reserved for fiction; libphonenumber accepts their shape.
    // (415) 555-0132: a strongly formatted NANP number, `medium` even without a keyword.
    match: ['+1 415 555 0132', '+44 20 7946 0958', '+49 30 901820', '+33 1 42 68 53 00', '(415) 555-0132'],
    noMatch: [
      'ssn 012-34-5678 on file',
      'released 2024-03-01 today',
      'host 10.20.30.40 up',
      'call +1 555 000 00',
      'build 1.2.3.4567',
      'phone: (115) 555-0132',
      'ticket 415-911-0132', // an N11 exchange, and no keyword
      'Japanese version 2.10.3', // a country name, but no phone number
      'ticket 415-155-0132 closed', // NANP shape, but an exchange cannot start with 1
      'Copyright 2006-2007 Nippon Telegraph and Telephone', // a year range next to a keyword
      'contact: 12.05.2023 14:30', // a date next to a keyword
      'Boston, MA 02110-1301 USA', // a ZIP+4
    ],
  },
});
