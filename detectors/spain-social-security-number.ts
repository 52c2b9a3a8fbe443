import { defineDetector } from '../src/define.js';

/**
 * Province codes of the Tesorería General de la Seguridad Social: 01–52 (the provinces, Ceuta 51 and
 * Melilla 52), 53 (other territories) and 66 (abroad).
 */
function validProvince(p: number): boolean {
  return (p >= 1 && p <= 53) || p === 66;
}

/**
 * NUSS/NAF control digits: with province p and the 8-digit number b, (p·10⁷ + b) mod 97 when b < 10⁷
 * (the old 7-digit numbers, written with a leading 0), else the 10 digits p‖b read as one number mod 97.
 */
function nussCheck(d: string): boolean {
  const province = Number(d.slice(0, 2));
  const number = Number(d.slice(2, 10));
  const base = number < 1e7 ? province * 1e7 + number : province * 1e8 + number;
  return base % 97 === Number(d.slice(10, 12));
}

/**
 * Examples that documentation repeats: 28/12345678/40 (stdnum-js, validator tutorials) and the old
 * 11-digit 28/1234567/42 written with its leading 0 (Delphi/VB tutorials on the control digits).
 */
const PUBLISHED = ['281234567840', '280123456742'];

export default defineDetector({
  id: 'spain-social-security-number',
  type: 'SPAIN_SOCIAL_SECURITY_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['ES'],
  description: 'Spanish social security number / NUSS (NAF: province, 8 digits, 2 control digits) with its keyword',
  validation:
    'province 01–53 or 66; control = (province and number as one figure, the number without its leading 0 when below 10⁷) mod 97; zero numbers rejected',
  // 28/12345678/40, 28-12345678-40, 28 12345678 40 or 281234567840 (the same separator twice).
  pattern: /(?<![\d\/-]|\d[.\/])(?:0[1-9]|[1-4]\d|5[0-3]|66)([\/ -]?)\d{8}\1\d{2}(?![\d]|[\/.-]\d)/g,
  maxLength: 14,
  keywords: {
    // macie.md's list, plus the official names of the number (TGSS: "número de afiliación", NAF, NUSS).
    words: [
      'número de la seguridad social', 'numero de la seguridad social', 'seguridad social',
      'número de afiliación', 'numero de afiliacion', 'nuss', 'naf',
      'social security no', 'social security number', 'socialsecurityno#', 'ssn', 'ssn#',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/\D/g, ''),
  allow: PUBLISHED,
  validate: (value) => {
    const d = value.replace(/\D/g, '');
    return validProvince(Number(d.slice(0, 2))) && !/^0+$/.test(d.slice(2, 10)) && nussCheck(d);
  },
  examples: {
    keyword: 'NUSS',
    match: ['21/30246633/48', '26-97366946-64', '04 19722233 32', '538192486548', '07/06235241/31'],
    noMatch: [
      'NUSS 21/30246633/49', // wrong control digits
      'NUSS 07/06235241/66', // control of the 10 digits read naively: the leading-0 rule applies
      'NUSS: 28/12345678/40', // published example
      'NUSS 28/00000000/91', // zero number (the control digits fit)
      'NUSS 77/12345678/32', // no province 77
      'NUSS 2130246633480', // 13 digits
      'NUSS 21/30246633-48', // mixed separators
      'pedido 213024663348 enviado', // no keyword
    ],
  },
});
