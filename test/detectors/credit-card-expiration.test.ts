import { describe, expect, it } from 'vitest';
import det from '../../detectors/credit-card-expiration.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('credit-card-expiration', () => {
  it('finds the separate year and month fields (expY=2026, expM=02)', () => {
    expect(found('card=4539148803436467&expY=2026&expM=02')).toEqual(['2026', '02']);
    expect(found('{"exp_month": 2, "exp_year": 2027}')).toEqual(['2', '2027']);
    expect(found('expM=13')).toEqual([]);
  });
  it('finds the date forms after common labels', () => {
    expect(found('Exp: 02/26')).toEqual(['02/26']);
    expect(found('Expiration date: February 2026')).toEqual(['February 2026']);
    expect(found('VALID THRU 11/28')).toEqual(['11/28']);
    expect(found('expiryDate=2027-11')).toEqual(['2027-11']);
  });
  it('validates the month', () => {
    expect(found('expiry 00/26')).toEqual([]);
    expect(found('expiry 2026-13')).toEqual([]);
  });
  it('needs the keyword within 30 characters', () => {
    expect(found('exp: 02/26')).toEqual(['02/26']);
    expect(found('new RegExp("x"); // between 7-15 digits')).toEqual([]);
    expect(found(`expiry is printed on the front of the card: ${'x'.repeat(30)} 02/26`)).toEqual([]);
  });
});
