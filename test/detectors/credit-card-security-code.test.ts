import { describe, expect, it } from 'vitest';
import det from '../../detectors/credit-card-security-code.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('credit-card-security-code', () => {
  it('reports only the first 3–4 digit number after the keyword', () => {
    expect(found('CVV 123, PIN 4567')).toEqual(['123']);
    expect(found('cvc2:987 zip 1234')).toEqual(['987']);
  });
  it('does not report a number before the keyword or far after it', () => {
    expect(found('code 321 (cvv)')).toEqual([]);
    expect(found('card security code: see the back of your card, 456')).toEqual([]);
  });
  it('does not take parts of card numbers, dates or times', () => {
    expect(found('card id 4539-1488-0343-6467')).toEqual([]);
    expect(found('cvv checked 2026-02-14 10:45')).toEqual([]);
  });
  it('accepts a keyword in the column header or JSON path', () => {
    expect(engine.detect('123', 0, 3, { labels: ['cvv'] }).length).toBe(1);
  });
});
