import { defineDetector } from '../src/define.js';

/**
 * Structure of a HCPCS code (no check digit exists):
 * - Level II (CMS): a section letter A B C D E G H J K L M P Q R S T U V and four digits, not 0000
 *   (F, I, N, O, W, X, Y, Z start no section; D is the dental CDT range).
 * - Level I (CPT, AMA), Category I: five digits in the code ranges 00100–01999 (anesthesia) and
 *   10004–99607 (surgery, radiology, pathology and laboratory, medicine, evaluation and management).
 * - CPT Category II: four digits and F (0001F–9007F). Category III (…T), proprietary laboratory analyses
 *   (…U), multianalyte assays (…M) and vaccine administration codes (…A): four digits starting with 0.
 */
export function hcpcsValid(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first >= 65) return value.slice(1) !== '0000'; // Level II: the pattern checked the letter
  const last = value[4]!;
  if (last >= 'A') {
    if (value.slice(0, 4) === '0000') return false;
    return last === 'F' || value[0] === '0';
  }
  const n = Number(value);
  return (n >= 100 && n <= 1999) || (n >= 10004 && n <= 99607);
}

/** Placeholder codes of coding guides ("12345", "A1234"); neither is a code. */
const PUBLISHED = ['12345', 'A1234'];

export default defineDetector({
  id: 'usa-healthcare-procedure-code',
  type: 'USA_HEALTHCARE_PROCEDURE_CODE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['US'],
  description: 'US HCPCS procedure code (Level II letter + 4 digits, CPT 5 digits or 4 digits + F/T/U/M/A) with its keyword',
  validation: 'Level II section letters A–V without F, I, N, O; CPT Category I ranges 00100–01999 and 10004–99607; Category III/PLA/MAAA codes start with 0; 0000 rejected',
  // Upper case as CMS and the AMA print them. A code may carry modifiers ("99213-25", "J1100-59-RT"):
  // the span is the code. A hyphen followed by anything else, a decimal part, a currency sign or a
  // longer run of letters and digits makes it no code ("$12500", "125.00", ZIP+4 "12345-6789", ranges
  // "99202-99205" in fee schedules).
  pattern:
    /(?<![A-Za-z0-9$]|\d[-.])(?:[A-EGHJ-MP-V]\d{4}|\d{4}[AFMTU]|\d{5})(?![A-Za-z0-9]|\.\d|-(?![A-Za-z0-9]{2}(?![A-Za-z0-9]))[A-Za-z0-9])/g,
  maxLength: 5,
  keywords: {
    // macie.md: "current procedural terminology", "hcpcs", "healthcare common procedure coding system";
    // plus "cpt" (as a whole word: "CPT", "CPT®", "CPT-4", "cpt_code", "cptCode"), the name the AMA's
    // level goes by in claims data. Not "procedure code": "stored procedure code" is everywhere in code.
    words: ['hcpcs', 'healthcare common procedure coding system', 'current procedural terminology', 'cpt'],
    required: true,
  },
  normalize: (v) => v.toUpperCase(),
  allow: PUBLISHED,
  validate: (value) => hcpcsValid(value),
  examples: {
    keyword: 'HCPCS',
    match: ['J1100', 'E0424', '99214', '3074F', '0042T', '0241U', 'G0439'],
    noMatch: [
      'HCPCS F1100', // F starts no Level II section
      'HCPCS J0000', // all-zero digits
      'HCPCS 05000', // outside the CPT ranges
      'HCPCS 1042T', // Category III codes start with 0
      'invoice 99214 paid', // no keyword
      'CPT 12345', // coding-guide placeholder
      'CPT 992145', // inside a longer number
      'CPT total $12500 or 99214.50', // an amount
      'HCPCS codes 99202-99205 in the fee schedule', // a range, no code
      'HCPCS J11000', // five digits after the letter
    ],
  },
});
