import { createRequire } from 'node:module';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { defineDetector } from '../src/define.js';

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
function nanp(value: string): boolean | undefined {
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
  return d[0]! >= '2' && d[3]! >= '2' && d.slice(1, 3) !== '11' && d.slice(4, 6) !== '11';
}

/** "345-899-3560x4587" → "345-899-3560": the extension is part of the finding, not of the number. */
const withoutExtension = (v: string): string => v.replace(/ ?(?:x|ext\.? ?)\d{1,6}$/, '');

/** Validate and classify see the same value one after the other: parse it once. */
let last: { value: string; type: string | undefined } = { value: '', type: undefined };

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

export default defineDetector({
  id: 'phone-number',
  type: 'PHONE_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['US', 'CA', 'BR', 'FR', 'DE', 'IT', 'ES', 'GB'],
  description: 'Phone number; without a keyword it must carry a country code (Macie rule)',
  validation: 'NANP structure for +1 numbers; libphonenumber (max metadata) for others',
  // Grouped digits with separators (a "(0)" trunk prefix and an "x123" / "ext. 123" extension allowed),
  // +country code and 8–15 digits, or 10 bare digits (accepted next to a keyword only).
  pattern:
    /(?<![\w+.\/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?\d{1,4}|\d{1,5}[ .-]\d{2,4})(?:[ .-]?\d{2,4}){1,3}(?: ?(?:x|ext\.? ?)\d{1,6})?(?![\w\/]|[.-]\d)|(?<![\w+])\+\d{8,15}(?![\w])|(?<![\w+.\/-])\d{10}(?![\w\/]|[.-]\d)/g,
  maxLength: 32,
  keywords: {
    words: ['cell', 'contact', 'fax', 'fax number', 'mobile', 'phone', 'phone number', 'tel', 'telephone', 'telephone number', 'callback', 'sms', 'cel', 'celular', 'fone', 'telefone', 'téléphone', 'telefon', 'telefono', 'teléfono', 'móvil', 'handy'],
    required: false,
  },
  classify: typeOf,
  validate: (value, ctx) => {
    // 10 bare digits are an order number as often as a phone number: only next to a keyword.
    if (/^\d{10}$/.test(value) && !ctx.hasKeyword) return false;
    const digits = withoutExtension(value).replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) return false;
    if (/^\d{4}[-.]\d{2}[-.]\d{2}$/.test(value) || /^\d{1,3}(\.\d{1,3}){3}$/.test(value)) return false; // date, IPv4
    if (/^\d{3}-\d{2}-\d{4}$/.test(value)) return false; // the SSN shape: "012-34-5678" is not a German phone number
    if (!typeOf(value)) return false;
    // Macie: without a keyword the number must carry its country code.
    return ctx.hasKeyword || value.startsWith('+') ? true : 'low';
  },
  examples: {
    // 555-01xx numbers are reserved for fiction; libphonenumber accepts their shape.
    match: ['+1 415 555 0132', '+44 20 7946 0958', '+49 30 901820', '+33 1 42 68 53 00'],
    noMatch: ['ssn 012-34-5678 on file', 'released 2024-03-01 today', 'host 10.20.30.40 up', 'call +1 555 000 00', 'build 1.2.3.4567', 'phone: (115) 555-0132', 'tel 415-911-0132'],
  },
});
