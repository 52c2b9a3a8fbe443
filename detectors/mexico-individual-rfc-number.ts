import { defineDetector } from '../src/define.js';

/*
 * The RFC algorithm, shared with mexico-organization-rfc-number.ts (which imports it from here).
 * An RFC is 3 (companies) or 4 (persons) letters from the name, the birth or incorporation date as
 * YYMMDD, and a three-character homoclave whose last character is a check digit.
 *
 * Values are byte strings (UTF-8 bytes as Latin-1 characters, see src/types.ts): a UTF-8 "Ñ" arrives
 * as the two characters \xC3\x91, a Latin-1 one as \xD1 (which is "Ñ" itself). In XML (CFDI
 * invoices) an "&" is written "&amp;".
 */

/** python-stdnum's alphabet for the check digit (mx/rfc.py): value = index. */
const RFC_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/** A matched RFC in canonical form: separators removed, "Ñ" as one character, "&amp;" as "&". */
export function rfcCanonical(value: string): string {
  return value.replace(/\xC3\x91/g, 'Ñ').replace(/&amp;/g, '&').replace(/[- ]/g, '');
}

/**
 * The RFC check digit of the first 11 (company) or 12 (person) characters: left-padded with spaces
 * to 12, weights 13..2 over the alphabet values, 11 − (sum mod 11); 11 → 0, 10 → A.
 */
export function rfcCheckDigit(body: string): string | undefined {
  const padded = body.padStart(12, ' ');
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const v = RFC_ALPHABET.indexOf(padded[i]!);
    if (v < 0) return undefined;
    sum += v * (13 - i);
  }
  const r = (11 - (sum % 11)) % 11;
  return r === 10 ? 'A' : String(r);
}

/** YYMMDD is a real calendar date (century unknown: YY divisible by 4 is a leap year, as in 2000). */
export function validYymmdd(s: string): boolean {
  const yy = Number(s.slice(0, 2));
  const mm = Number(s.slice(2, 4));
  const dd = Number(s.slice(4, 6));
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const days = mm === 2 ? (yy % 4 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(mm) ? 30 : 31;
  return dd <= days;
}

/** Date, homoclave alphabet and check digit of a canonical RFC of 12 or 13 characters. */
export function rfcValid(rfc: string): boolean {
  const n = rfc.length;
  if (n !== 12 && n !== 13) return false;
  return (
    validYymmdd(rfc.slice(n - 9, n - 3)) &&
    /^[1-9A-V][1-9A-Z][\dA]$/.test(rfc.slice(n - 3)) &&
    rfcCheckDigit(rfc.slice(0, n - 1)) === rfc[n - 1]
  );
}

/** The regex keywords of both RFC detectors (macie.md: `rfc`, `registro federal de contribuyentes`, `iva`). */
export const RFC_KEYWORDS = ['rfc', 'r.f.c', 'registro federal de contribuyentes', 'iva'] as const;

/**
 * Name prefixes the SAT never issues (it replaces their last letter with X), python-stdnum's list.
 */
const NAME_BLACKLIST = new Set(
  ('BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COJA COJE COJI COJO CULO FETO GUEY JOTO KACA KACO ' +
    'KAGA KAGO KAKA KOGE KOJO KULO MAME MAMO MEAR MEAS MEON MION MOCO MULA PEDA PEDO PENE PUTA PUTO ' +
    'QULO RATA RUIN').split(' '),
);

/**
 * Values never reported: Macie's generic RFCs (XAXX010101000 for the general public, XEXX010101000
 * for foreigners) and the fictitious persons of the SAT's published CFDI test certificates, used by
 * every invoicing library and sandbox.
 */
const PUBLISHED = [
  'XAXX010101000', 'XEXX010101000',
  'CACX7605101P8', 'FUNK671228PH6', 'IAÑL750210963', 'JUFA7608212V6', 'KAHO641101B39', 'KICR630120NX3',
  'MISC491214B86', 'RAQÑ7701212M3', 'WATM640917J45', 'WERX631016S30', 'XAMA620210DQ5', 'XIQB891116QE4',
  'XOJI740919U48',
];

export default defineDetector({
  id: 'mexico-individual-rfc-number',
  type: 'MEXICO_INDIVIDUAL_RFC_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['MX'],
  description: 'Mexican RFC of a person (13 characters: GODE561231GR8, GODE 561231 GR8) with its keyword',
  validation:
    'valid YYMMDD date; homoclave [1-9A-V][1-9A-Z][0-9A]; mod 11 check digit (weights 13–2, 10 → A); SAT-barred name prefixes rejected',
  // 4 letters (Ñ as UTF-8 or Latin-1), YYMMDD, homoclave; separators (space or hyphen) used consistently.
  pattern:
    /(?<![A-Za-z\d&\xC0-\xFF]|\xC3[\x80-\xBF])(?:[A-Z\xD1]|\xC3\x91){4}([- ]?)\d{6}\1[1-9A-V][1-9A-Z][\dA](?![A-Za-z\d&\xC0-\xFF])/g,
  maxLength: 19,
  keywords: {
    words: RFC_KEYWORDS,
    required: true,
  },
  normalize: rfcCanonical,
  allow: PUBLISHED,
  validate: (value) => {
    const v = rfcCanonical(value);
    return /^[A-ZÑ]{4}\d{6}/.test(v) && v.length === 13 && !NAME_BLACKLIST.has(v.slice(0, 4)) && rfcValid(v);
  },
  examples: {
    keyword: 'RFC',
    match: ['LOPA850315K70', 'MUÑA790402T32', 'SAGL 880229 H48', 'TORM-010930-9B9', 'ROJE611130N21'],
    noMatch: [
      'RFC LOPA850315K71', // wrong check digit
      'RFC LOPA850230K75', // 30 February (check digit right)
      'RFC LOPA8503150K1', // homoclave cannot start with 0
      'RFC RUIN700101AB9', // a name prefix the SAT never issues
      'RFC XAXX010101000', // Macie's generic RFC
      'RFC: CACX7605101P8', // the SAT's published test person
      'RFC SAGL 880229-H48', // mixed separators
      'RFC XLOPA850315K70', // inside a longer word
      'RFC LUZ8704157Q8', // a company RFC: the organisation detector reports it
      'CURP BEML920313HMCLNS09', // a CURP starts like an RFC
      'folio LOPA850315K70 ok', // no keyword
    ],
  },
});
