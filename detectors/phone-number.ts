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
const NATIONAL_TRIES: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'BR'];

function parse(value: string) {
  if (value.startsWith('+')) return parsePhoneNumberFromString(value);
  for (const country of value.startsWith('0') ? NATIONAL_TRIES.slice(1) : NATIONAL_TRIES.slice(0, 1)) {
    const p = parsePhoneNumberFromString(value, country);
    if (p?.isValid()) return p;
  }
  return undefined;
}

export default defineDetector({
  id: 'phone-number',
  type: 'PHONE_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['US', 'CA', 'BR', 'FR', 'DE', 'IT', 'ES', 'GB'],
  description: 'Phone number validated with libphonenumber; without a keyword it must carry a country code (Macie rule)',
  validation: 'libphonenumber (max metadata)',
  // Grouped digits with separators, or +country code and 8–15 digits.
  pattern:
    /(?<![\w+.\/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?|\d{1,5}[ .-])\d{2,4}(?:[ .-]?\d{2,4}){1,3}(?![\w\/]|[.-]\d)|(?<![\w+])\+\d{8,15}(?![\w])/g,
  maxLength: 32,
  keywords: {
    words: ['cell', 'contact', 'fax', 'fax number', 'mobile', 'phone', 'phone number', 'tel', 'telephone', 'telephone number', 'callback', 'sms', 'cel', 'celular', 'fone', 'telefone', 'téléphone', 'telefon', 'telefono', 'teléfono', 'móvil', 'handy'],
    required: false,
  },
  classify: (value) => {
    const p = parse(value);
    if (!p) return undefined;
    return (p.country && MACIE_TYPE[p.country]) ?? 'PHONE_NUMBER';
  },
  validate: (value, ctx) => {
    const digits = value.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) return false;
    if (/^\d{4}[-.]\d{2}[-.]\d{2}$/.test(value) || /^\d{1,3}(\.\d{1,3}){3}$/.test(value)) return false; // date, IPv4
    const p = parse(value);
    if (!p?.isValid()) return false;
    // Macie: without a keyword the number must carry its country code.
    return ctx.hasKeyword || value.startsWith('+') ? true : 'low';
  },
  examples: {
    // 555-01xx numbers are reserved for fiction; libphonenumber accepts their shape.
    match: ['+1 415 555 0132', '+44 20 7946 0958', '+49 30 901820', '+33 1 42 68 53 00'],
    noMatch: ['released 2024-03-01 today', 'host 10.20.30.40 up', 'call +1 555 000 00', 'build 1.2.3.4567'],
  },
});
