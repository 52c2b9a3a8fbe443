import { describe, expect, it } from 'vitest';
import spi from '../../detectors/france-tax-identification-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => spi.validate!(v, ctx);
const engine = createEngine([spi]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('france-tax-identification-number: values published by others', () => {
  // koblas/stdnum-js src/fr/nif.spec.ts (valid: 3023217600053, 0701987765493; invalid: 3023217600054,
  // 0000000000000). The mod-511 rule: European Commission TIN algorithms, cited in python-stdnum PR #426.
  it('accepts 3023217600053 and 0701987765493 (stdnum-js)', () => {
    expect(valid('3023217600053')).toBe(true);
    expect(valid('30 23 217 600 053')).toBe(true);
    expect(valid('0701987765493')).toBe(true);
  });
  it('rejects 3023217600054 and 0000000000000 (stdnum-js)', () => {
    expect(valid('3023217600054')).toBe(false);
    expect(valid('0000000000000')).toBe(false);
  });
  // python-stdnum's doctest value from before the checksum was added (stdnum/fr/nif.py, 2016):
  // 0701987765432 has no valid check digits (0701987765 mod 511 = 493).
  it('rejects 0701987765432 (python-stdnum, pre-checksum example)', () => {
    expect(valid('0701987765432')).toBe(false);
  });
});

describe('france-tax-identification-number: matching', () => {
  it('accepts the written forms', () => {
    for (const v of ['37 28 742 260 299', '3728742260299']) {
      expect(found(`Numero fiscal : ${v}`)).toEqual([v]);
    }
  });
  it('needs a first digit 0–3', () => {
    expect(found('numero fiscal 4728742260382')).toEqual([]);
  });
  it('ignores the published examples', () => {
    expect(found('TIN 3023217600053, TIN 07 01 987 765 493')).toEqual([]);
  });
  it('does not match inside longer numbers', () => {
    expect(found('TIN 13728742260299 / 37287422602990')).toEqual([]);
  });
});

describe('france-tax-identification-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText("Numéro d'identification fiscale : 37 28 742 260 299");
    expect(f.filter((x) => x.type === 'FRANCE_TAX_IDENTIFICATION_NUMBER').map((x) => x.text)).toEqual(['37 28 742 260 299']);
  });
  it('is found next to "TIN"', () => {
    expect(scanText('TIN: 3488246102159').map((x) => x.type)).toContain('FRANCE_TAX_IDENTIFICATION_NUMBER');
  });
  it('is not found without a keyword', () => {
    expect(scanText('commande 3488246102159 livrée').filter((x) => x.type === 'FRANCE_TAX_IDENTIFICATION_NUMBER')).toEqual([]);
  });
});
