import { defineDetector } from '../src/define.js';
import { allSame } from '../src/checks.js';

/**
 * A cédula de ciudadanía number (digits only): the Registraduría numbered cédulas in blocks, up to 8
 * digits before 2004 (men mostly 1–19 999 999 and 70 000 000–99 999 999, women 20 000 000–
 * 69 999 999), and from 1 000 000 000 on since then (10 digits starting with 1). No 9-digit cédulas,
 * no leading zero, and no check digit: the digit after a hyphen belongs to the NIT
 * (detectors/colombia-individual-nit-number.ts).
 */
export function cedulaShapeValid(digits: string): boolean {
  if (!/^\d+$/.test(digits) || digits[0] === '0' || allSame(digits)) return false;
  const n = digits.length;
  return (n >= 6 && n <= 8) || (n === 10 && digits[0] === '1');
}

/**
 * Mexico's "cédula profesional" (a 7–8 digit licence number of graduates) is no citizenship card:
 * "Número de cédula profesional: 1234567". The text is a byte string, "é" is two characters.
 */
const PROFESIONAL = /c(?:e|\xc3\xa9|\xc3\x89)dula[ _-]?profesional/i;

/** "1.600 c.c.": cubic centimetres (an engine's displacement), not the abbreviation of the cédula. */
const CC_UNIT = /\d ?c\.c\./i;
/** A keyword that is not such a unit: any "cédula"/"cedula", or a "c.c." that follows no number. */
const OTHER_KEYWORD = /c(?:e|\xc3\xa9|\xc3\x89)dula|(?<!\d ?)c\.c\./i;
/** A unit or currency after the number: a quantity or an amount ("125.000 km", "2.500.000 pesos"). */
const UNIT_AFTER = /^ ?(?:km|kms|kg|kgs|mts|m2|cc|c\.c\.|pesos|cop|usd|millones)(?![A-Za-z])/i;

export default defineDetector({
  id: 'colombia-citizenship-card-number',
  type: 'COLOMBIA_CITIZENSHIP_CARD_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['CO'],
  description: 'Colombian cédula de ciudadanía number (79.123.456, 1.020.304.050 or plain digits) with its keyword',
  validation:
    'no check digit: 6–8 digits, or 10 digits starting with 1; no leading zero, not one repeated digit; not followed by a NIT check digit (-d) or a unit (km, pesos); not a Mexican cédula profesional; "c.c." after a number (cubic centimetres) is no keyword',
  // Dotted in groups of three (79.123.456, 1.234.567, 123.456, 1.020.304.050) or plain. Not after a
  // letter or hyphen (Venezuela's V-12345678), a currency sign ($ 1.500.000) or a digit and dot; not
  // followed by a hyphen and a digit (NIT 79.123.456-7) or a dot and a digit (NIT 79.896.529.6).
  pattern:
    /(?<![A-Za-z\d$-]|\d\.|\$ )(?:1\.\d{3}\.\d{3}\.\d{3}|\d{1,2}\.\d{3}\.\d{3}|\d{3}\.\d{3}|1\d{9}|\d{6,8})(?![A-Za-z\d]|\.\d| ?- ?\d)/g,
  maxLength: 13,
  keywords: {
    // macie.md: CO `cédula de ciudadanía`; with and without accents and "de", "número de cédula" and
    // the abbreviation C.C. of Colombian documents ("C.C. No. 79.123.456 de Bogotá"). Not "cc" (carbon
    // copy, cubic centimetres) and not bare "cédula": Ecuador, Venezuela, the Dominican Republic,
    // Uruguay, Costa Rica call their identity cards so, Mexico its professional licences.
    words: [
      'cédula de ciudadanía', 'cedula de ciudadania', 'cédula de ciudadania', 'cedula de ciudadanía',
      'cédula ciudadanía', 'cedula ciudadania', 'número de cédula', 'numero de cedula', 'número de cedula',
      'numero de cédula', 'c.c.',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/\./g, ''),
  validate: (value, ctx) => {
    if (!cedulaShapeValid(value.replace(/\./g, ''))) return false;
    const { text, start, end } = ctx;
    if (PROFESIONAL.test(text.slice(Math.max(0, start - 48), start))) return false;
    if (UNIT_AFTER.test(text.slice(end, end + 10))) return false;
    // Car listings: "motor 1.600 c.c., 125.000 km" has "c.c." as a unit; it is no keyword there.
    const near = text.slice(Math.max(0, start - 48), end + 48);
    return !CC_UNIT.test(near) || OTHER_KEYWORD.test(near);
  },
  examples: {
    keyword: 'cedula de ciudadania',
    match: ['79.123.456', '1.020.304.050', '52468013', '1098765432', '7.390.215', '843.127'],
    noMatch: [
      'cedula de ciudadania 79.123.456-7', // a NIT: check digit after a hyphen
      'cedula de ciudadania 79.896.529.6', // a NIT: check digit after a dot
      'cedula de ciudadania 00.000.000', // all zero
      'cedula de ciudadania 11.111.111', // one repeated digit
      'cedula de ciudadania 2098765432', // 10 digits not starting with 1
      'cedula de ciudadania 123456789', // 9 digits
      'cedula de ciudadania 79.123456', // inconsistent dots
      'cedula de ciudadania 791234567890', // inside a longer number
      'cedula de ciudadania V-12345678', // Venezuela
      'CC 79123456', // "cc" is no keyword
      'pedido 79.123.456 enviado', // no keyword
      'Numero de cedula profesional: 7390215', // Mexico's professional licence
      'motor de 1.600 c.c., precio 35.000.000 negociables', // cubic centimetres, and an amount
      'cedula de ciudadania: recorrido 125.000 km', // a quantity
    ],
  },
});
