import { defineDetector } from '../src/define.js';

/** RENAPO's alphabet for the check digit: value = index (Ñ never occurs: RENAPO writes X). */
const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** The structure (also what the pattern matches): see the pattern's comment. */
const SHAPE = /^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[\dA-Z]\d$/;

/** Birth-state codes: the 32 states (DF for Mexico City) and NE for those born abroad. */
const STATES = new Set(
  ('AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE').split(' '),
);

/** Name prefixes RENAPO never issues (it replaces their second letter with X), python-stdnum's list. */
const NAME_BLACKLIST = new Set(
  ('BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO ' +
    'GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO ' +
    'LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE ' +
    'PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY').split(' '),
);

/** Check digit: values × weights 18..2 over the first 17 characters, (10 − sum mod 10) mod 10. */
function curpCheck(v: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(v[i]!) * (18 - i);
  return v.charCodeAt(17) - 48 === (10 - (sum % 10)) % 10;
}

/** The birth date: century from the homoclave (digit: 1900s, letter: 2000s), real and not in the future. */
function validBirthDate(v: string): boolean {
  const year = (/\d/.test(v[16]!) ? 1900 : 2000) + Number(v.slice(4, 6));
  const month = Number(v.slice(6, 8));
  const day = Number(v.slice(8, 10));
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day && d.getTime() <= Date.now();
}

/**
 * Values never reported: python-stdnum's documented example (BOXW310820HNERXN09) and the
 * hypothetical persons of its tests, which also circulate in CURP tutorials.
 */
const PUBLISHED = ['BOXW310820HNERXN09', 'HEGG560427MVZRRL04', 'BEML920313HMCLNS09', 'PEGL890909MJCRMS08'];

export default defineDetector({
  id: 'mexico-curp-number',
  type: 'MEXICO_CURP_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['MX'],
  description: 'Mexican CURP population registry code (18 characters, e.g. LOPA850315HDFPRN08) with its keyword',
  validation:
    'valid birth date (century from the homoclave), sex H/M/X, known state code, internal vowel and consonants; check digit (weights 18–2, mod 10); RENAPO-barred name prefixes rejected',
  // Surname initial, its first internal vowel (X when none), two initials, YYMMDD, sex, state, three
  // internal consonants, homoclave (digit before 2000, letter after), check digit.
  pattern:
    /(?<![A-Za-z\d&\xC0-\xFF]|\xC3[\x80-\xBF])[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[\dA-Z]\d(?![A-Za-z\d\xC0-\xFF])/g,
  maxLength: 18,
  keywords: {
    words: ['curp', 'c.u.r.p', 'clave única de registro de población', 'clave unica de registro de poblacion'],
    required: true,
  },
  allow: PUBLISHED,
  validate: (v) =>
    SHAPE.test(v) &&
    STATES.has(v.slice(11, 13)) &&
    !NAME_BLACKLIST.has(v.slice(0, 4)) &&
    validBirthDate(v) &&
    curpCheck(v),
  examples: {
    keyword: 'CURP',
    match: ['LOPA850315HDFPRN08', 'MUAA790402MJCXNN08', 'SAGL000229HNEGRSA4', 'ROJE611130XYNJSR07', 'GOMC991231HBCMRR16'],
    noMatch: [
      'CURP LOPA850315HDFPRN09', // wrong check digit
      'CURP LOPA850230HDFPRN04', // 30 February (check digit right)
      'CURP LOPA850315HDFPRNA8', // letter homoclave: born 2085
      'CURP LOPA850315HQQPRN08', // QQ is no state
      'CURP LOPA850315QDFPRN08', // Q is no sex
      'CURP LPPA850315HDFPRN01', // second letter must be a vowel (or X)
      'CURP LOPA850315HDFPAN00', // A is no consonant
      'CURP BACA890909MJCRMS05', // a name prefix RENAPO never issues
      'CURP: HEGG560427MVZRRL04', // published example
      'CURP LOPA850315HDFPRN081', // inside a longer code
      'expediente LOPA850315HDFPRN08 ok', // no keyword
    ],
  },
});
