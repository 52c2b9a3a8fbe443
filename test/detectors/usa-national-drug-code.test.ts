import { describe, expect, it } from 'vitest';
import ndc, { ndc11, ndcValid } from '../../detectors/usa-national-drug-code.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([ndc]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'USA_NATIONAL_DRUG_CODE';

describe('usa-national-drug-code: values published by others', () => {
  // DaisyBill knowledge base, "Converting 10-digit NDC Numbers to 11 Digits": one example per layout.
  it.each([
    ['0574-4072-05', '00574407205'],
    ['51655-089-52', '51655008952'],
    ['58118-1397-3', '58118139703'],
  ])('accepts %s and converts it to %s (DaisyBill)', (ten, eleven) => {
    expect(ndcValid(ten)).toBe(true);
    expect(ndc11(ten)).toBe(eleven);
    expect(ndcValid(eleven)).toBe(true);
  });
  // ndclist.com package pages: "NDC Package Code 50242-040-62 … 11-Digit NDC Billing Format 50242004062"
  // (Xolair) and "0173-0945-55 … 00173094555" (Zovirax).
  it.each([
    ['50242-040-62', '50242004062'],
    ['0173-0945-55', '00173094555'],
  ])('accepts %s with its billing form %s (ndclist.com)', (ten, eleven) => {
    expect(ndcValid(ten)).toBe(true);
    expect(ndc11(ten)).toBe(eleven);
    expect(ndcValid(eleven)).toBe(true);
  });
  // NDC directory explanations quoting the FDA: the 11-digit NDCs of Infanrix, 58160-0810-11 and 58160-0810-52.
  it.each(['58160-0810-11', '58160-0810-52'])('accepts the 11-digit form %s (Infanrix example)', (v) => {
    expect(ndcValid(v)).toBe(true);
  });
  // MCC Analytics NDC converter help: 4-4-2 example 0071-0155-23.
  it('accepts 0071-0155-23 (NDC converter help)', () => expect(ndc11('0071-0155-23')).toBe('00071015523'));
  // No check digit exists: the structural rules are what can be broken.
  it.each([
    '54321-8765-13', // 11 digits, no padding zero in any segment
    '54321876513',
    '0000-8765-12', // labeler code all zero
    '00000-0000-00',
  ])('rejects %s', (v) => expect(ndcValid(v)).toBe(false));
});

describe('usa-national-drug-code: matching', () => {
  it('finds every layout next to its keyword', () => {
    for (const v of ['4321-8765-12', '54321-876-09', '54321-8765-3', '04321-8765-12', '54321087609']) {
      expect(found(`NDC: ${v}`)).toEqual([v]);
    }
    expect(found('{"package_ndc": "54321-876-09"}')).toEqual(['54321-876-09']);
    expect(found('National Drug Code (NDC#) 54321-876-09')).toEqual(['54321-876-09']);
  });
  it('never takes a date or a phone number for an NDC, even next to the keyword', () => {
    expect(found('NDC updated 2024-03-15')).toEqual([]);
    expect(found('NDC hotline 212-555-1234, 1-800-555-1234 or (212) 555-1234')).toEqual([]);
    expect(found('NDC hotline +12125551234')).toEqual([]);
    expect(found('NDC 2125551234')).toEqual([]); // ten digits without hyphens: not reported
    expect(found('NDC 2024-03-15T10:00:00')).toEqual([]);
  });
  it('stays out of longer runs', () => {
    expect(found('NDC 4321-8765-12-1, 9-4321-8765-12, 4321-8765-123, 543210876091')).toEqual([]);
  });
  it('ignores documentation placeholders', () => {
    expect(found('NDC 1234-5678-90, NDC 12345-678-90, NDC 12345-6789-0, NDC 01234567890, NDC 9999-9999-99')).toEqual([]);
  });
  it('needs the keyword within 30 characters, as a word', () => {
    expect(found(`NDC${' '.repeat(31)}4321-8765-12`)).toEqual([]);
    expect(found('ndcx 4321-8765-12')).toEqual([]);
  });
});

describe('usa-national-drug-code: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Dispensed NDC 54321-876-09, qty 30');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['54321-876-09']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Part 54321-876-09, qty 30').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
