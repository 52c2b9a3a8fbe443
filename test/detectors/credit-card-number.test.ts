import { describe, expect, it } from 'vitest';
import det from '../../detectors/credit-card-number.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det], { minConfidence: 'low' });
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('credit-card-number', () => {
  it('a 4-4-4-4 card followed by its CVV: the card is the sixteen digits', () => {
    // 4539148803436467123 also passes Luhn; the sixteen digits are a Visa number on their own.
    expect(found('card 4539 1488 0343 6467 123 exp 12/26')).toEqual(['4539 1488 0343 6467']);
    expect(found('card 4539-1488-0343-6467-42')).toEqual(['4539-1488-0343-6467']);
  });

  it('a 19-digit card written 4-4-4-4-3 stays whole when its first sixteen digits are no card', () => {
    const card = '4539 1488 0343 6468 006'; // 4539148803436468 fails Luhn; the 19 digits pass
    expect(found(`card ${card}`)).toEqual([card]);
  });
});
