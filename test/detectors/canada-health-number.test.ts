import { describe, expect, it } from 'vitest';
import health from '../../detectors/canada-health-number.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const engine = createEngine([health]);
/** engine.detect scans byte strings (UTF-8 bytes as Latin-1 characters): accented texts are converted. */
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'medium' };
const valid = (v: string): boolean => health.validate!(v, ctx) === true;
const TYPE = 'CANADA_HEALTH_NUMBER';

describe('canada-health-number: values published by others', () => {
  // arthurdejong/python-stdnum, stdnum/ca/bc_phn.py doctests (also koblas/stdnum-js src/ca/bc_bhn.spec.ts):
  // validate('9698 658 215') ok; '9698648215' InvalidChecksum; '5736504210' InvalidComponent (not 9…).
  it("agrees with python-stdnum's BC PHN doctests", () => {
    expect(valid('9698 658 215')).toBe(true);
    expect(valid('9698648215')).toBe(false);
    expect(valid('5736504210')).toBe(false); // not a PHN, and its Luhn sum fails as an Ontario number too
  });
  // npm phn-validator README: phnValidator(9260784079) true, phnValidator(0123456789) false.
  it("agrees with phn-validator's README", () => {
    expect(valid('9260784079')).toBe(true);
    expect(valid('0123456789')).toBe(false);
  });
  // bcgov/healthgateway test suites use PHN 9735353315 for their test patient.
  it("accepts BC Health Gateway's test PHN, and does not report it", () => {
    expect(valid('9735353315')).toBe(true);
    expect(found('PHN: 9735353315')).toEqual([]);
  });
  // petalmd/health_card, spec/validators/canada/ontario_validator_spec.rb: '9876-543-217' valid, with
  // version 'A' or 'AA' too; '9876543210' fails the checksum.
  it("agrees with the health_card gem's Ontario spec", () => {
    expect(valid('9876-543-217')).toBe(true);
    expect(valid('9876543217A')).toBe(true);
    expect(valid('9876543217AA')).toBe(true);
    expect(valid('9876543210')).toBe(false);
    expect(found('OHIP 9876-543-217')).toEqual([]); // the published example is not reported
  });
});

describe('canada-health-number: matching', () => {
  it('finds Ontario numbers with and without an attached version code', () => {
    expect(found('Health Number: 4528-710-363-KX')).toEqual(['4528-710-363-KX']);
    expect(found('OHIP 4528710363KX')).toEqual(['4528710363KX']);
    expect(found('OHIP 4528 710 363 KX')).toEqual(['4528 710 363']); // a code after a space is left out
  });
  it('finds BC PHNs in 4-3-3 and bare form', () => {
    expect(found('Personal Health Number (PHN): 9947 182 639')).toEqual(['9947 182 639']);
    expect(found('MSP number 9953027180')).toEqual(['9953027180']);
  });
  it('rejects wrong check digits and version codes on a BC-only number', () => {
    expect(found('PHN 9947 182 638')).toEqual([]);
    expect(found('health card 4528-710-364')).toEqual([]);
    expect(found('PHN 9947182639AB')).toEqual([]); // valid PHN, but BC numbers carry no version code and Luhn fails
  });
  it('does not take part of a longer number', () => {
    expect(found('OHIP 14528-710-363, OHIP 4528-710-3631, OHIP 1 4528 710 363')).toEqual([]);
  });
  it('needs its keyword within 30 characters', () => {
    expect(found(`OHIP${' '.repeat(31)}4528-710-363`)).toEqual([]);
    expect(found('Carte Santé : 4528-710-363')).toEqual(['4528-710-363']);
    expect(found('numéro de soins de santé 4528-710-363')).toEqual(['4528-710-363']);
  });
});

describe('canada-health-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Patient: Jane Roe\nOntario Health Card: 4528-710-363-KX');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['4528-710-363-KX']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Order 4528-710-363 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
