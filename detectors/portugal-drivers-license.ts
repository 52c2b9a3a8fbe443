import { defineDetector } from '../src/define.js';
import { ENGLISH_LICENCE_KEYWORDS } from './data/driving-licence.js';
import { allSame } from '../src/checks.js';

/**
 * Portuguese driving licence (carta de condução) number as Microsoft Purview's "Portugal driver's license
 * number" describes it: the issuing district's one or two letters, a hyphen, a serial of 5 or 6 digits
 * (two letters) or 6 or 8 digits (one letter), a space and one more digit (AV-123456 7, L-123456 7). No
 * check-digit algorithm for the last digit is published, and no official list of the letter codes.
 */
export function portugueseDriversLicenseValid(value: string): boolean {
  const m = /^([A-Z]{1,2})-(\d+) (\d)$/.exec(value);
  if (!m) return false;
  const [, letters, serial] = m as unknown as [string, string, string, string];
  const okLength = letters.length === 2 ? serial.length === 5 || serial.length === 6 : serial.length === 6 || serial.length === 8;
  return okLength && !/^0+$/.test(serial) && !allSame(serial + m[3]);
}

export default defineDetector({
  id: 'portugal-drivers-license',
  type: 'PORTUGAL_DRIVERS_LICENSE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  countries: ['PT'],
  description: "Portuguese driver's licence (carta de condução) number, district letters, serial and a digit (AV-123456 7), with its keyword",
  validation:
    "Purview's shape: 2 letters, hyphen, 5–6 digits, space, 1 digit, or 1 letter, hyphen, 6 or 8 digits, space, 1 digit (no public check digit); serial not all zero, not one digit repeated",
  // The hyphen and the space are part of the printed number; the shape is no US licence's.
  pattern: /(?<![A-Za-z\d-]|\d\.)(?:[A-Z]{2}-\d{5,6}|[A-Z]-(?:\d{8}|\d{6})) \d(?![A-Za-z\d]|[-./]\d)/g,
  maxLength: 12,
  keywords: {
    // Purview's Portuguese list with and without accents. Left out: "número de licença" (software
    // licences have one). The English terms are shared with the other licences: the shape is Portugal's.
    words: [
      'carta de condução', 'carta de conducao', 'carta condução', 'carta conducao', 'cartas de condução',
      'licença de condução', 'licenca de conducao', 'licença condução', 'licenca conducao',
      'permissão de condução', 'permissao de conducao', 'permissão condução', 'permissao conducao',
      'carteira de motorista', 'carteira motorista', 'carteira de habilitação', 'carteira de habilitacao',
      'carteira habilitação', 'carteira habilitacao',
      ...ENGLISH_LICENCE_KEYWORDS,
    ],
    required: true,
  },
  validate: (value) => portugueseDriversLicenseValid(value),
  examples: {
    keyword: 'carta de conducao',
    match: ['AV-123456 7', 'L-482193 5', 'P-30718264 2', 'BR-40917 3', 'SE-601284 9'],
    noMatch: [
      'carta de conducao AV-000000 4', // serial all zero
      'carta de conducao L-111111 1', // one digit repeated
      'carta de conducao L-4821935 5', // one letter with 7 digits
      'carta de conducao AV-1234567 7', // two letters with 7 digits
      'carta de conducao AV-123456 78', // two digits after the space
      'carta de conducao XAV-123456 7', // inside a longer run
      'carta de conducao AV123456 7', // no hyphen
      'encomenda AV-123456 7 enviada', // no keyword
    ],
  },
});
