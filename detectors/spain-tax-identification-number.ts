import { defineDetector } from '../src/define.js';

/** Organisation types whose control character is a letter: N, P, Q, R, S, W (and non-residents, province 00). */
const LETTER_CONTROL = 'NPQRSW';
/** Organisation types whose control character is a digit: A, B, E, H. The others (C D F G J U V) take either. */
const DIGIT_CONTROL = 'ABEH';

/**
 * The CIF control over the 7 digits: digits in odd positions (1st, 3rd…) doubled and their digits
 * added, digits in even positions added; c = (10 − sum mod 10) mod 10. As a letter: "JABCDEFGHI"[c].
 */
function controlDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    let d = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function cifCheck(v: string): boolean {
  const type = v[0]!;
  const digits = v.slice(1, 8);
  const control = v[8]!;
  if (digits === '0000000') return false;
  const c = controlDigit(digits);
  const isLetter = control >= 'A';
  const letterRequired = LETTER_CONTROL.includes(type) || digits.startsWith('00');
  if (isLetter) return !DIGIT_CONTROL.includes(type) && control === 'JABCDEFGHI'[c];
  return !letterRequired && control === String(c);
}

/**
 * python-stdnum's documented and test values, and the CIF in the name of a root certificate of every
 * CA bundle ("Autoridad de Certificacion Firmaprofesional CIF A62634068": /etc/ssl/certs, Node.js and
 * NSS changelogs), a company's public number that would otherwise be reported on every machine.
 */
const PUBLISHED = ['J99216582', 'A11111119', 'A13585625', 'A62634068'];

export default defineDetector({
  id: 'spain-tax-identification-number',
  type: 'SPAIN_TAX_IDENTIFICATION_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  // Section 4's reduced severity for organisations' taxpayer IDs names only AR, CO and MX.
  severity: ['high', 'high', 'high'],
  countries: ['ES'],
  description: 'Spanish CIF, the tax number of a legal entity (organisation letter, 7 digits, control digit or letter) with its keyword',
  validation:
    'Luhn-style control over the 7 digits, as a digit or as "JABCDEFGHI"[c]; a letter for N P Q R S W and non-residents (00), a digit for A B E H; zero numbers rejected',
  // A58818501, A-58818501, A 58818501 or A-5881850-1. X, Y, Z (NIE), K, L, M (special NIFs) are no organisation letters.
  pattern: /(?<![A-Za-z\d-])[ABCDEFGHJNPQRSUVW][- ]?\d{7}-?[\dA-J](?![A-Za-z\d]|[-.]\d)/g,
  maxLength: 11,
  keywords: {
    // macie.md's Spanish taxpayer-ID keywords, less `nie` (foreigners' numbers). Since 2008 the CIF is
    // officially the NIF of the entity, so `nif` stays.
    words: [
      'cif', 'c.i.f.', 'nif', 'n.i.f.', 'tax id',
      'código de identificación fiscal', 'codigo de identificacion fiscal',
      'número de identificación fiscal', 'numero de identificacion fiscal',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/[- ]/g, ''),
  allow: PUBLISHED,
  validate: (value) => cifCheck(value.replace(/[- ]/g, '')),
  examples: {
    keyword: 'CIF',
    match: ['A86133584', 'B-37020377', 'Q0729072I', 'S-1541955-I', 'G7375367E', 'G73753675', 'W 4137655I'],
    noMatch: [
      'CIF A86133585', // wrong control digit
      'CIF A8613358D', // right control as a letter, but A takes a digit
      'CIF Q07290729', // right control as a digit, but Q takes a letter
      'CIF: J99216582', // published example
      'CIF A00000000', // zero number (the control fits)
      'CIF X7225575X', // an NIE: X is no organisation letter
      'CIF A861335841', // one digit too many
      'factura A86133584 pagada', // no keyword
    ],
  },
});
