import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS } from './data/driving-licence.js';
import { allSame, spainCheckLetter } from '../src/checks.js';

/**
 * Spanish driving licence (permiso de conducción) number: the holder's DNI (8 digits and the check
 * letter) or, for foreign residents, NIE (X, Y or Z, 7 digits, check letter) — Microsoft Purview's
 * "Spain driver's license number" (Func_spain_eu_DL_and_NI_number_citizen / _foreigner, checksum yes).
 * The check letter is TRWAGMYFPDXBNJZSQVHLCKE[n mod 23], with X, Y, Z read as 0, 1, 2.
 */
export function spanishDriversLicenseValid(value: string): boolean {
  const v = value.replace(/[- ]/g, '');
  const nie = 'XYZ'.indexOf(v[0]!);
  const digits = nie >= 0 ? String(nie) + v.slice(1, 8) : v.slice(0, 8);
  if (!/^\d{8}$/.test(digits) || allSame(nie >= 0 ? v.slice(1, 8) : digits)) return false;
  return spainCheckLetter(digits) === v[v.length - 1];
}

/** The specimen DNI (12345678Z) and the NIE of most documentation (X1234567L). */
const PUBLISHED = ['12345678Z', 'X1234567L'];

export default defineDetector({
  id: 'spain-drivers-license',
  type: 'SPAIN_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['ES'],
  description: "Spanish driver's licence (permiso de conducción) number, the holder's DNI or NIE with its check letter, with its keyword",
  validation: 'DNI (8 digits) or NIE (X/Y/Z read as 0/1/2, 7 digits), check letter TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]; digits not one repeated',
  pattern: /(?<![A-Za-z\d-]|\d\.)(?:\d{8}|[XYZ]-?\d{7})[- ]?[A-HJ-NP-TV-Z](?![A-Za-z\d]|-[A-Za-z\d])/g,
  maxLength: 11,
  keywords: {
    // macie.md's ES keywords (permiso de conducción, licencia de manejo, …) completed from Purview's
    // Keywords_spain_eu_driver's_license_number (with and without the accent), and the shared English terms.
    words: [
      'permiso de conducción', 'permiso de conduccion', 'permiso conducción', 'permiso conduccion', 'permiso de conducir',
      'permiso conducir', 'permisos de conducir', 'permisos conducir', 'licencia de conducir', 'licencia conducir',
      'licencia de manejo', 'licencia manejo', 'carnet de conducir', 'carnet conducir', 'carné de conducir', 'carne de conducir',
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  normalize: (v) => v.replace(/[- ]/g, ''),
  allow: PUBLISHED,
  validate: (value) => spanishDriversLicenseValid(value),
  examples: {
    keyword: 'permiso de conducir',
    match: ['47392816M', '90817263-S', '05820417 Z', 'X3920571Z', 'Y-8051273-E', 'Z1472583J'],
    noMatch: [
      'permiso de conducir 47392816N', // wrong letter
      'permiso de conducir 12345678Z', // the specimen DNI
      'permiso de conducir 00000000T', // all zero
      'permiso de conducir 473928160M', // nine digits
      'permiso de conducir W3920571Z', // W is not an NIE prefix
      'permiso de conducir 47392816I', // I is not a check letter
      'pedido 47392816M enviado', // no keyword
    ],
  },
});
