import { describe, expect, it } from 'vitest';
import vitale from '../../detectors/france-health-insurance-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => vitale.validate!(v, ctx);
const engine = createEngine([vitale]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const types = (text: string): string[] => scanText(text).map((f) => f.type).filter((t) => t.startsWith('FRANCE_')).sort();

describe('france-health-insurance-number: values published by others', () => {
  // python-stdnum stdnum/fr/nir.py doctests: valid 2 95 10 99 126 111 93, 253072B07300470 (2B),
  // 253072A07300443 (2A); invalid check digits 295109912611199; 253072C07300443 is no department.
  it('accepts python-stdnum\'s NIRs, Corsica included', () => {
    expect(valid('2 95 10 99 126 111 93')).toBe(true);
    expect(valid('253072B07300470')).toBe(true);
    expect(valid('253072A07300443')).toBe(true);
  });
  it('rejects python-stdnum\'s invalid NIRs', () => {
    expect(valid('295109912611199')).toBe(false);
    expect(valid('253072B07300443')).toBe(false); // the 2A key on a 2B number
  });
  // aymericbouzy/french-ssn README: validate('2 55 08 14 168 025 38') true, '2 55 08 14 168 025 12' false.
  it('agrees with the french-ssn package', () => {
    expect(valid('2 55 08 14 168 025 38')).toBe(true);
    expect(valid('2 55 08 14 168 025 12')).toBe(false);
  });
});

describe('france-health-insurance-number: matching', () => {
  it('reads the carte Vitale forms', () => {
    for (const v of ['1 76 07 43 036 316 86', '176074303631686', '2 91 03 2B 033 412 03']) {
      expect(found(`Carte Vitale : ${v}`)).toEqual([v]);
    }
  });
  it('ignores python-stdnum\'s example and numbers inside longer ones', () => {
    expect(found('carte vitale 295109912611193')).toEqual([]);
    expect(found('carte vitale 1760743036316861 / 91760743036316 86')).toEqual([]);
  });
  it('rejects an all-zero number with a valid key', () => {
    expect(found('carte vitale 100000000000047')).toEqual([]);
  });
});

describe('france-health-insurance-number: end to end', () => {
  it('is found next to its keywords, accented or not, in any case', () => {
    expect(types("N° de carte d'assuré social : 1 76 07 43 036 316 86")).toEqual(['FRANCE_HEALTH_INSURANCE_NUMBER']);
    expect(types("CARTE D'ASSURÉ SOCIAL 176074303631686")).toEqual(['FRANCE_HEALTH_INSURANCE_NUMBER']);
    expect(types('carte d’assure social 176074303631686')).toEqual(['FRANCE_HEALTH_INSURANCE_NUMBER']);
    expect(types('Health insurance card: 2 85 10 54 158 610 48')).toContain('FRANCE_HEALTH_INSURANCE_NUMBER');
  });
  it('is not found without a keyword', () => {
    expect(types('commande 176074303631686 livrée')).toEqual([]);
  });
  it('leaves the national-ID keywords to FRANCE_NATIONAL_IDENTIFICATION_NUMBER', () => {
    expect(types('INSEE 1 76 07 43 036 316 86')).toEqual(['FRANCE_NATIONAL_IDENTIFICATION_NUMBER']);
  });
  it('reports both types when keywords of both are near the same number', () => {
    expect(types('carte Vitale / INSEE : 1 76 07 43 036 316 86')).toEqual([
      'FRANCE_HEALTH_INSURANCE_NUMBER',
      'FRANCE_NATIONAL_IDENTIFICATION_NUMBER',
    ]);
  });
});
