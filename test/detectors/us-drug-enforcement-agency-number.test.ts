import { describe, expect, it } from 'vitest';
import dea, { deaCheck } from '../../detectors/us-drug-enforcement-agency-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => dea.validate!(v, ctx);
const engine = createEngine([dea]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('us-drug-enforcement-agency-number: values published by others', () => {
  // Wikipedia "DEA number": "F91234563" for a registrant using a business address (second character 9).
  it('accepts F91234563 (Wikipedia)', () => expect(valid('F91234563')).toBe(true));
  // takerx.com "verify a DEA number" worked example: AP5836727 (5+3+7 = 15, 2×(8+6+2) = 32, 47 → 7).
  it('accepts AP5836727 (DEA verification tutorial)', () => expect(valid('AP5836727')).toBe(true));
  // uspharmd.com: "1424326 is a valid DEA number" (the digits; 1+2+3 + 2×(4+4+2) = 26 → 6).
  it('accepts the digits 1424326 (uspharmd.com)', () => expect(deaCheck('1424326')).toBe(true));
  it.each(['F91234564', 'AP5836728', 'AP5836772'])('rejects %s (check digit broken)', (v) => expect(valid(v)).toBe(false));
  it('rejects all-zero digits although they pass the checksum', () => expect(valid('AB0000000')).toBe(false));
});

describe('us-drug-enforcement-agency-number: matching', () => {
  it('finds the number with a supervised practitioner suffix, without the suffix', () => {
    expect(found('DEA# BJ6125341-001AB')).toEqual(['BJ6125341']);
  });
  it('knows the registrant types', () => {
    for (const t of 'ABCDEFGHJKLMPRSTUX') {
      // The check digit does not depend on the letters.
      expect(found(`DEA number ${t}J6125341`)).toEqual([`${t}J6125341`]);
    }
    for (const t of 'INOQVWYZ') expect(found(`DEA number ${t}J6125341`)).toEqual([]);
  });
  it('accepts the keyword spellings', () => {
    for (const k of ['DEA #', 'DEA#', 'DEA No.', 'DEA registration', 'prescriber_dea', 'DEA']) {
      expect(found(`${k}: BJ6125341`)).toEqual(['BJ6125341']);
    }
    expect(found('{"deaNumber": "BJ6125341"}')).toEqual(['BJ6125341']);
  });
  it('ignores published examples', () => {
    expect(found('DEA F91234563, DEA AB1234563, DEA AP5836727')).toEqual([]);
  });
  it('needs the keyword within 30 characters', () => {
    expect(found(`DEA${' '.repeat(31)}BJ6125341`)).toEqual([]);
    expect(found('idea BJ6125341')).toEqual([]);
  });
});

describe('us-drug-enforcement-agency-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Prescriber DEA registration: MS4703410');
    expect(f.filter((x) => x.type === 'US_DRUG_ENFORCEMENT_AGENCY_NUMBER').map((x) => x.text)).toEqual(['MS4703410']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('part MS4703410 shipped').filter((x) => x.type === 'US_DRUG_ENFORCEMENT_AGENCY_NUMBER')).toEqual([]);
  });
});
