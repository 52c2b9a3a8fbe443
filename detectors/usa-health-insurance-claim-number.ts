import { defineDetector } from '../src/define.js';

/**
 * Beneficiary Identification Codes (BIC): the suffix SSA and CMS add to the wage earner's SSN, one
 * letter with a subscript where needed. By family (SSA POMS GN 01050.005/.017, Texas HHS MEPD
 * Appendix VI "SSA Claim Number Suffixes", Washington DSHS ACES "Beneficiary Identification Codes",
 * CMS-1500 item 1a instructions):
 * A primary claimant; B spouse (B, B1–B9, BA BD BG BH BJ BK BL BN BP BQ BR BT BW BY); C child (C1–C9,
 * CA–CZ, never bare); D widow(er) (D, D1–D9, DA–DZ); E parent in care / surviving divorced parent (E,
 * E1–E9, EA–EZ); F parents (F1–F8); G lump-sum claimant (G, G1–G9); HA, HB disability-fund symbols;
 * J1–J4 and K1–K9/KA–KZ Prouty (special age-72) claims; M, M1 uninsured (premium Part A); T, T1–T9,
 * TA–TZ uninsured entitled under deemed or renal provisions; W, W1–W9, WB WC WF WG WJ WR WT disabled
 * widow(er).
 * The sources list the D, E, K and T letter subscripts only in part (DA DC DD DG DH…, EA…, TA TB):
 * any letter is accepted there, and digits 1–9 after G, K and T; A, C, F, H, J, M, W and B are exact.
 */
export function bicValid(bic: string): boolean {
  const s = bic.slice(1);
  switch (bic[0]) {
    case 'A':
      return s === '';
    case 'B':
      return /^[1-9ADGHJKLNPQRTWY]?$/.test(s);
    case 'C':
      return /^[1-9A-Z]$/.test(s);
    case 'D':
    case 'E':
    case 'T':
      return /^[1-9A-Z]?$/.test(s);
    case 'F':
      return /^[1-8]$/.test(s);
    case 'G':
      return /^[1-9]?$/.test(s);
    case 'H':
      return s === 'A' || s === 'B';
    case 'J':
      return /^[1-4]$/.test(s);
    case 'K':
      return /^[1-9A-Z]$/.test(s);
    case 'M':
      return s === '' || s === '1';
    case 'W':
      return /^[1-9BCFGJRT]?$/.test(s);
    default:
      return false;
  }
}

/** Numbers the SSA never issued or voided: every HICN built on them is an example. */
const NEVER_ISSUED = new Set(['078051120', '219099999', '457555462', '123456789']);

/** SSA's rules for an issued SSN: area 001–899 except 666, group 01–99, serial 0001–9999. */
export function ssnValid(d: string): boolean {
  const area = +d.slice(0, 3);
  const group = +d.slice(3, 5);
  const serial = +d.slice(5);
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  return !/^(\d)\1{8}$/.test(d) && !NEVER_ISSUED.has(d);
}

/** Railroad Retirement Board prefixes (annuitant, pensioner, spouse, widow(er), parent, joint annuitant). */
const RRB_PREFIX = /^(?:WC[AD]|[JMPW]A|MH|P[DH]|W[DH]|[AH])/;

/** Structure of a HICN: SSN + BIC, or an RRB prefix + 6 digits (before 1964) or an SSN. */
export function hicnValid(value: string): boolean {
  const v = value.replace(/[- ]/g, '');
  if (/^\d/.test(v)) return ssnValid(v.slice(0, 9)) && bicValid(v.slice(9));
  const digits = v.replace(RRB_PREFIX, '');
  if (digits.length === 6) return !/^0+$/.test(digits);
  return ssnValid(digits);
}

/**
 * Claim numbers printed in explanations: 123-45-6789A and 123-45-6789B (SSA's "beneficiary codes"
 * text, reprinted by many agencies), 999-99-9999A (Washington DSHS), 000-00-0000-A (the old Medicare
 * card's layout).
 */
const PUBLISHED = ['123456789A', '123456789B', '999999999A', '000000000A'];

export default defineDetector({
  id: 'usa-health-insurance-claim-number',
  type: 'USA_HEALTH_INSURANCE_CLAIM_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['US'],
  description: 'US Medicare Health Insurance Claim Number (SSN + beneficiary identification code, or a Railroad Retirement prefix) with its keyword',
  validation: 'SSN area 001–899 except 666, group 01–99, serial 0001–9999; BIC from the SSA/CMS list (A, B…, C1…, D…, E…, F1–F8, G, HA, HB, J1–J4, K…, M, M1, T…, W…); RRB prefix A, H, JA, MA, MH, PA, PD, PH, WA, WCA, WCD, WD, WH',
  // SSN (hyphens, spaces or nothing, consistently) + optional hyphen + BIC, as on the card
  // ("123-45-6789-A") and in claims files ("123456789A"); or an RRB prefix, an optional hyphen or space,
  // and six digits or an SSN ("MA123456", "WA-123-45-6789"). Upper case only, as SSA and CMS print
  // them: a lower-case suffix is what short git hashes look like ("878056005e").
  pattern:
    /(?<![A-Za-z0-9]|\d[-.])(?:\d{3}([- ]?)\d{2}\1\d{4}-?[A-Z][A-Z1-9]?|(?:WC[AD]|[JMPW]A|MH|P[DH]|W[DH]|[AH])[- ]?(?:\d{6}|\d{3}(-?)\d{2}\2\d{4}))(?![A-Za-z0-9]|-[A-Za-z0-9]|\.\d)/g,
  maxLength: 15,
  keywords: {
    // macie.md, verbatim; plus the old Medicare card's label "Medicare claim number".
    words: [
      'health insurance claim number',
      'hic no',
      'hic no.',
      'hic number',
      'hic#',
      'hicn',
      'hicn#.',
      'hicno#',
      'medicare claim number',
    ],
    required: true,
  },
  normalize: (v) => v.replace(/[- ]/g, ''),
  allow: PUBLISHED,
  validate: (value) => hicnValid(value),
  examples: {
    keyword: 'HICN',
    match: ['536-22-8726A', '212670432B1', '401-23-9000-C2', '536228726D', 'MA-212-67-4032', 'WA401239'],
    noMatch: [
      'HICN 666-22-8726A', // area 666 never issued
      'HICN 536-00-8726A', // group 00
      'HICN 536228726F', // F needs a subscript (F1–F8)
      'HICN 536228726C', // a child's BIC always has one (C1…)
      'HICN 536228726Q', // Q is no BIC
      'HICN: 123-45-6789A', // the example of SSA's texts
      'HICN 000-00-0000-A', // the card's layout, all zero
      'claim 536-22-8726A filed', // no keyword
      'HICN 1536228726A', // inside a longer number
      'HICN 536-22-8726AB7', // three-character suffix
    ],
  },
});
