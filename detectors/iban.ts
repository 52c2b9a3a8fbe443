import { defineDetector } from '../src/define.js';
import { ibanMod97 } from '../src/checks.js';
import type { Span } from '../src/types.js';

/** IBAN length per country (SWIFT IBAN registry). */
const LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SN: 28, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24,
  TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** The 52 countries whose IBANs Macie reports, with the prefix of their identifier. */
const MACIE: Record<string, string> = {
  AL: 'ALBANIA', AD: 'ANDORRA', BA: 'BOSNIA_AND_HERZEGOVINA', BR: 'BRAZIL', BG: 'BULGARIA', CR: 'COSTA_RICA',
  HR: 'CROATIA', CY: 'CYPRUS', CZ: 'CZECH_REPUBLIC', DK: 'DENMARK', DO: 'DOMINICAN_REPUBLIC', EG: 'EGYPT',
  EE: 'ESTONIA', FO: 'FAROE_ISLANDS', FI: 'FINLAND', FR: 'FRANCE', GE: 'GEORGIA', DE: 'GERMANY', GR: 'GREECE',
  GL: 'GREENLAND', HU: 'HUNGARY', IS: 'ICELAND', IE: 'IRELAND', IT: 'ITALY', JO: 'JORDAN', XK: 'KOSOVO',
  LI: 'LIECHTENSTEIN', LT: 'LITHUANIA', MT: 'MALTA', MR: 'MAURITANIA', MU: 'MAURITIUS', MC: 'MONACO',
  ME: 'MONTENEGRO', NL: 'NETHERLANDS', MK: 'NORTH_MACEDONIA', PL: 'POLAND', PT: 'PORTUGAL', SM: 'SAN_MARINO',
  SN: 'SENEGAL', RS: 'SERBIA', SK: 'SLOVAKIA', SI: 'SLOVENIA', ES: 'SPAIN', SE: 'SWEDEN', CH: 'SWITZERLAND',
  TL: 'TIMOR_LESTE', TN: 'TUNISIA', TR: 'TURKIYE', GB: 'UK', UA: 'UKRAINE', AE: 'UNITED_ARAB_EMIRATES',
  VG: 'VIRGIN_ISLANDS',
};
/** Our extra for valid IBANs of countries outside Macie's list. */
const EXTRA = 'INTERNATIONAL_BANK_ACCOUNT_NUMBER';

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** "iban" in the 30 characters before a lower-case candidate ("my iban is gb42nawi0445…"). */
const IBAN_KEYWORD = /iban/i;

/**
 * Each country code + check digits starts a candidate; the country's length decides where it ends.
 * Single spaces or hyphens may separate characters (print form "GB29 NWBK 6016 ..."). An IBAN typed
 * in lower case counts only after the word "iban": lower-case letters and digits are everywhere in code.
 */
function* find(text: string): Iterable<Span> {
  const starts = /(?<![A-Za-z0-9])(?:[A-Z]{2}|([a-z]{2}))\d{2}/g;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const lower = m[1] !== undefined;
    const len = LENGTH[lower ? m[0].slice(0, 2).toUpperCase() : m[0].slice(0, 2)];
    if (!len) continue;
    if (lower && !IBAN_KEYWORD.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    let n = 4;
    let e = m.index + 4;
    while (n < len && e < text.length) {
      let c = text.charCodeAt(e);
      if ((c === 32 || c === 45) && e + 1 < text.length) {
        c = text.charCodeAt(e + 1);
        if (!isAlnum(c)) break;
        e++;
      }
      if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (lower && c >= 97 && c <= 122))) break;
      n++;
      e++;
    }
    if (n !== len || (e < text.length && isAlnum(text.charCodeAt(e)))) continue;
    yield { start: m.index, end: e };
    starts.lastIndex = e;
  }
}

export default defineDetector({
  id: 'iban',
  type: '<COUNTRY>_BANK_ACCOUNT_NUMBER',
  macie: true,
  extraTypes: [EXTRA],
  category: 'FINANCIAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  description: 'IBAN, reported as <COUNTRY>_BANK_ACCOUNT_NUMBER for Macie\'s 52 countries (others as an extra)',
  validation: 'country length and ISO 7064 mod-97',
  find,
  maxLength: 48,
  normalize: (v) => v.replace(/[ -]/g, '').toUpperCase(),
  validate: (value) => ibanMod97(value.replace(/[ -]/g, '').toUpperCase()),
  classify: (value) => {
    const cc = value.slice(0, 2).toUpperCase();
    return MACIE[cc] ? `${MACIE[cc]}_BANK_ACCOUNT_NUMBER` : EXTRA;
  },
  examples: {
    // Example IBANs published in the SWIFT IBAN registry.
    match: ['GB29 NWBK 6016 1331 9268 19', 'DE89370400440532013000', 'FR14-2004-1010-0505-0001-3M02-606', 'NL91ABNA0417164300'],
    noMatch: [
      'iban GB29 NWBK 6016 1331 9268 18',
      'code DE89370400440532013',
      'ref XX12345678901234567890',
      'DE89370400440532013000123 longer',
      'key gb29nwbk60161331926819 in lower case, with no IBAN keyword before it',
    ],
  },
});
