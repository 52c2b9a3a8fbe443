import { describe, expect, it } from 'vitest';
import { allows, parseAllow } from '../src/suppress.js';

const ids = new Set(['email-address', 'credit-card-number']);

describe('parseAllow', () => {
  it('finds the marker in any comment syntax', () => {
    for (const line of [
      'x = 1 # pii-guard:allow',
      'x = 1; // pii-guard:allow',
      '<td>x</td> <!-- pii-guard:allow -->',
      'x /* pii-guard:allow */',
      '-- pii-guard:allow',
      '"a@b.example", ; pii-guard:allow',
      '{{/* pii-guard:allow */}}',
    ]) {
      expect(parseAllow(line, ids), line).toEqual({});
    }
    expect(parseAllow('x = 1 # nothing here')).toBeUndefined();
  });

  it('reads a type list and a reason', () => {
    expect(parseAllow('# pii-guard:allow EMAIL_ADDRESS synthetic test user', ids)).toEqual({ types: ['EMAIL_ADDRESS'], reason: 'synthetic test user' });
    expect(parseAllow('// pii-guard:allow EMAIL_ADDRESS,CREDIT_CARD_NUMBER_(NO_KEYWORD)', ids)).toEqual({ types: ['EMAIL_ADDRESS', 'CREDIT_CARD_NUMBER_(NO_KEYWORD)'] });
    expect(parseAllow('// pii-guard:allow email-address fixture', ids)).toEqual({ types: ['email-address'], reason: 'fixture' });
    expect(parseAllow('<!-- pii-guard:allow EMAIL_ADDRESS docs example -->', ids)).toEqual({ types: ['EMAIL_ADDRESS'], reason: 'docs example' });
    expect(parseAllow('# pii-guard:allow: EMAIL_ADDRESS', ids)).toEqual({ types: ['EMAIL_ADDRESS'] });
  });

  it('a first word that is not a type is the reason, and the line is allowed for all types', () => {
    expect(parseAllow('# pii-guard:allow test data from the spec', ids)).toEqual({ reason: 'test data from the spec' });
  });

  it('does not take look-alikes for the marker', () => {
    expect(parseAllow('pii-guard:allowed', ids)).toBeUndefined();
    expect(parseAllow('pii-guard:allowlist', ids)).toBeUndefined();
    expect(parseAllow('pii-guard:allowlist then pii-guard:allow EMAIL_ADDRESS', ids)).toEqual({ types: ['EMAIL_ADDRESS'] });
  });
});

describe('allows', () => {
  it('covers all types without a list, only listed types (or detector ids, or keyword variants) with one', () => {
    expect(allows({}, 'EMAIL_ADDRESS', 'email-address')).toBe(true);
    expect(allows(undefined, 'EMAIL_ADDRESS', 'email-address')).toBe(false);
    const a = { types: ['CREDIT_CARD_NUMBER'] };
    expect(allows(a, 'CREDIT_CARD_NUMBER', 'credit-card-number')).toBe(true);
    expect(allows(a, 'CREDIT_CARD_NUMBER_(NO_KEYWORD)', 'credit-card-number')).toBe(true);
    expect(allows(a, 'EMAIL_ADDRESS', 'email-address')).toBe(false);
    expect(allows({ types: ['email-address'] }, 'EMAIL_ADDRESS', 'email-address')).toBe(true);
    expect(allows({ types: ['EMAIL'] }, 'EMAIL_ADDRESS', 'email-address')).toBe(false);
  });
});

describe('parseAllow on adversarial lines', () => {
  it('runs in linear time on long lines', () => {
    const line = `x // pii-guard:allow${' '.repeat(200_000)}y${' */'.repeat(50_000)}`;
    const t0 = performance.now();
    expect(parseAllow(line, ids)).toEqual({ reason: 'y' });
    expect(parseAllow('pii-guard:allowx'.repeat(20_000), ids)).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
