import { describe, expect, it } from 'vitest';
import hicn, { bicValid, hicnValid } from '../../detectors/usa-health-insurance-claim-number.js';
import ssn from '../../detectors/usa-social-security-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([hicn]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'USA_HEALTH_INSURANCE_CLAIM_NUMBER';

describe('usa-health-insurance-claim-number: values published by others', () => {
  // Texas HHS, MEPD Handbook Appendix VI "SSA Claim Number Suffixes" (rev. 21-1): the BIC table.
  const texas = [
    'A', 'B', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'BA', 'BD', 'BG', 'BH', 'BJ', 'BK', 'BL', 'BN', 'BP',
    'BQ', 'BR', 'BT', 'BW', 'BY', 'C1', 'C5', 'C9', 'CA', 'CK', 'D', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9',
    'DA', 'DC', 'DD', 'DG', 'DH',
  ];
  it.each(texas)('accepts the BIC %s (Texas HHS)', (b) => expect(bicValid(b)).toBe(true));
  // CMS-1500 item 1a instructions (cms1500claimbilling.com): "examples of valid HIC number suffixes".
  it.each(['A', 'B', 'B1', 'C1', 'C9', 'D', 'D1', 'E1', 'E5', 'G', 'M', 'M1', 'T', 'W', 'W1'])('accepts the BIC %s (CMS-1500)', (b) =>
    expect(bicValid(b)).toBe(true),
  );
  // SSA POMS GN 01050.017: child claimants after C9 get letters, "CA instead of C10"; F1–F8 parents.
  it.each(['CA', 'CB', 'F1', 'F8'])('accepts the BIC %s (SSA POMS)', (b) => expect(bicValid(b)).toBe(true));
  // Stonehill "Medicare/HICN claim numbers explained": xxx-xx-xxxx-B6 and the railroad form WA-xxx-xx-xxxx;
  // with a valid SSN in place of the x's.
  it('accepts the layouts 536-22-8726-B6 and WA-536-22-8726 (Stonehill)', () => {
    expect(hicnValid('536-22-8726-B6')).toBe(true);
    expect(hicnValid('WA-536-22-8726')).toBe(true);
  });
  // Railroad Retirement prefixes (medicarepaymentandreimbursement.com, "Railroad retirement prefixes"), and
  // CMS Blue Button "HICN": "RRB numbers issued before 1964 are six-digit numbers preceded by an alpha character".
  it.each(['A', 'H', 'JA', 'MA', 'MH', 'PA', 'PD', 'PH', 'WA', 'WCA', 'WD', 'WH', 'WCD'])('accepts the RRB prefix %s', (p) => {
    expect(found(`HICN ${p}401239`)).toEqual([`${p}401239`]);
    expect(found(`HICN ${p}536228726`)).toEqual([`${p}536228726`]);
  });
  it.each(['F', 'F9', 'C', 'J5', 'Q', 'Z1', 'AB', 'HC', 'MA'])('rejects the BIC %s', (b) => expect(bicValid(b)).toBe(false));
  it.each([
    '666228726A', // area 666
    '900228726A', // area 900–999
    '536008726A', // group 00
    '536220000A', // serial 0000
    '111111111A', // one digit repeated
    'WA000000', // railroad number all zero
  ])('rejects %s', (v) => expect(hicnValid(v)).toBe(false));
});

describe('usa-health-insurance-claim-number: matching', () => {
  it('finds the written forms next to a HICN keyword', () => {
    for (const v of ['536-22-8726A', '536-22-8726-A', '536228726A', '536 22 8726A', '212670432B1', '536228726C3']) {
      expect(found(`HICN: ${v}`)).toEqual([v]);
    }
  });
  it('accepts Macie\'s keyword spellings and the card label', () => {
    for (const k of ['Health Insurance Claim Number', 'HIC No.', 'HIC number', 'HIC#', 'HICN#.', 'HICNO#', 'Medicare claim number', 'bene_hicn']) {
      expect(found(`${k} 536228726A`)).toEqual(['536228726A']);
    }
  });
  it('does not report an SSN followed by a letter without a HICN keyword', () => {
    expect(found('SSN 536-22-8726A')).toEqual([]);
    expect(found('ref 536228726A')).toEqual([]);
  });
  it('ignores the examples of SSA\'s texts', () => {
    expect(found('HICN 123-45-6789A, HICN 123-45-6789B, HICN 999-99-9999A, HICN 000-00-0000-A')).toEqual([]);
  });
  it('stays out of longer runs and inconsistent separators', () => {
    expect(found('HICN 1536228726A, 536-22-8726AB7, 536-228726A, 536228726A1B')).toEqual([]);
    // Short git hashes of nine digits and a hex letter are lower case; BICs are printed upper case.
    expect(found('HICN fix in 878056005e')).toEqual([]);
  });
});

describe('usa-health-insurance-claim-number: end to end', () => {
  it('is found next to its keyword with the right type, and the SSN inside it is not reported apart', () => {
    const f = scanText('Medicare HICN: 536-22-8726A');
    expect(f.map((x) => [x.type, x.text])).toEqual([[TYPE, '536-22-8726A']]);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Patient ref 536-22-8726A').filter((x) => x.type === TYPE)).toEqual([]);
  });
  it('SSN keyword + SSN + letter: the SSN detector reports the nine digits only', () => {
    const e = createEngine([ssn, hicn]);
    const text = 'SSN 536-22-8726A';
    expect(e.detect(text).map((m) => [m.type, text.slice(m.start, m.end)])).toEqual([['USA_SOCIAL_SECURITY_NUMBER', '536-22-8726']]);
    const both = 'SSN/HICN 536-22-8726A';
    expect(e.detect(both).map((m) => [m.type, both.slice(m.start, m.end)])).toEqual([[TYPE, '536-22-8726A']]);
  });
});
