import { describe, expect, it } from 'vitest';
import nino from '../../detectors/uk-national-insurance-number.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([nino]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('uk-national-insurance-number', () => {
  it('accepts the written forms', () => {
    for (const v of ['JG103759A', 'JG 10 37 59 A', 'JG 103759 A', 'JG 103 759 A', 'JG-10-37-59-A', 'jg103759a']) {
      expect(found(`National Insurance number: ${v}`)).toEqual([v]);
    }
  });

  it.each(['D', 'F', 'I', 'Q', 'U', 'V'])('never starts with %s', (l) => {
    expect(found(`NINO ${l}A103759A`)).toEqual([]);
  });

  it.each(['D', 'F', 'I', 'O', 'Q', 'U', 'V'])('never has %s second', (l) => {
    expect(found(`NINO A${l}103759A`)).toEqual([]);
  });

  it.each(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'])('never uses the prefix %s', (p) => {
    expect(found(`NINO ${p}103759A`)).toEqual([]);
  });

  it('needs a suffix A–D and six digits, not all zero', () => {
    expect(found('NINO JG103759E, JG10375A, JG000000A')).toEqual([]);
  });

  it('finds the NI number with its keyword only, within 30 characters', () => {
    expect(found('My NI number is JG 10 37 59 A')).toEqual(['JG 10 37 59 A']);
    expect(found(`nino${' '.repeat(31)}JG103759A`)).toEqual([]);
    expect(found('Ref JG103759A')).toEqual([]);
  });
});
