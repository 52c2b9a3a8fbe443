import { defineDetector } from '../src/define.js';
import { allSame } from '../src/checks.js';

/** DIAN's prime weights (Orden Administrativa 4 de 1989), applied from the rightmost digit of the base. */
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/**
 * The NIT verification digit (DV) of a base of up to 15 digits: s = Σ weight × digit from the right,
 * r = s mod 11; DV = r when r < 2, else 11 − r (python-stdnum co/nit: "01987654321"[r]).
 */
export function nitCheckDigit(base: string): number {
  let s = 0;
  for (let i = 0; i < base.length; i++) s += (base.charCodeAt(base.length - 1 - i) - 48) * NIT_WEIGHTS[i]!;
  const r = s % 11;
  return r < 2 ? r : 11 - r;
}

/** True when the last digit of `digits` (base + DV, digits only) is the base's verification digit. */
export function nitValid(digits: string): boolean {
  const base = digits.slice(0, -1);
  return base.length >= 1 && base.length <= 15 && !allSame(base) && nitCheckDigit(base) === digits.charCodeAt(digits.length - 1) - 48;
}

/**
 * Person or organisation, from the base (the NIT without its DV). Companies and other legal entities
 * get a NIT assigned by DIAN: 9 digits in the 800 000 000–999 999 999 range (800…/830…/860…/890… since
 * 1989, 899 999… for public bodies, 900…/901…/902… since 2004). A person's NIT is their cédula de
 * ciudadanía: up to 8 digits for cédulas issued before 2004 (men mostly 1–19 999 999 and 70 000 000–
 * 99 999 999, women 20 000 000–69 999 999), 10 digits starting with 1 since then. So: a 9-digit base
 * starting with 8 or 9 is an organisation; any other base of 6–10 digits (a 10-digit one starting with 1)
 * is a person.
 */
export function isOrganizationBase(base: string): boolean {
  return base.length === 9 && (base[0] === '8' || base[0] === '9');
}

function isIndividualBase(base: string): boolean {
  if (base.length < 6 || base.length > 10 || isOrganizationBase(base)) return false;
  return base.length < 10 || base[0] === '1';
}

/** python-stdnum's documented example NIT. */
const PUBLISHED = ['2131234321'];

export default defineDetector({
  id: 'colombia-individual-nit-number',
  type: 'COLOMBIA_INDIVIDUAL_NIT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['CO'],
  description: "Colombian NIT of a person (cédula number + verification digit, 79.308.960-7 or 1.118.534.248-0) with its keyword",
  validation:
    'DIAN mod 11 verification digit (prime weights 3, 7, 13, … from the right); base of 6–8 digits, 9 digits not starting with 8/9, or 10 digits starting with 1 (9 digits starting with 8/9 are organisations)',
  // The DV follows a hyphen (also " - "), or a dot after a dotted base (79.896.529.6). Without any
  // separator only the 11-digit form of a new cédula is unambiguous: "NIT 79626331" may be a cédula
  // without its DV, so shorter digit runs are not read as base + DV.
  pattern:
    /(?<![\d.-])(?:(?:\d{1,3}\.\d{3}\.\d{3}|1\.\d{3}\.\d{3}\.\d{3})(?:-| - |\.)\d|\d{3}\.\d{3}(?:-| - )\d|\d{6,10}(?:-| - )\d|1\d{10})(?!\d|[-.]\d)/g,
  maxLength: 17,
  keywords: {
    // macie.md lists the Colombian keywords only as "…": the official names, with and without accents.
    // Not "rut" (the register, written next to NITs, but also Chile's RUT keyword).
    words: [
      'nit', 'n.i.t', 'número de identificación tributaria', 'numero de identificacion tributaria',
      'número de identificacion tributaria', 'numero de identificación tributaria', 'registro único tributario',
      'registro unico tributario',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return isIndividualBase(d.slice(0, -1)) && nitValid(d);
  },
  examples: {
    keyword: 'NIT',
    match: ['46.425.577-1', '24959559-9', '1.099.282.914-7', '11573896111', '5.573.069-4', '84558969 - 2'],
    noMatch: [
      'NIT 46.425.577-2', // DV wrong
      'NIT: 213.123.432-1', // published example
      'NIT 00.000.000-0', // all zero
      'NIT 901.650.872-2', // an organisation's NIT
      'NIT 46.425.577-12', // inside a longer number
      'NIT 4642557-71', // the DV is one digit
      'NIT 2.099.282.914-7', // a 10-digit base is a cédula starting with 1
      'cuenta 46.425.577-1 al día', // no keyword
    ],
  },
});
