import { describe, expect, it } from 'vitest';
import cuit from '../../detectors/argentina-organization-tax-identification-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => cuit.validate!(v, ctx);
const engine = createEngine([cuit]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'ARGENTINA_ORGANIZATION_TAX_IDENTIFICATION_NUMBER';

describe('argentina-organization-tax-identification-number: values published by others', () => {
  // python-stdnum, tests/test_ar_cuit.doctest ("found online and should all be valid"): company prefixes.
  it.each(['30011111110', '30653311857', '30714789062', '33500001599', '33714423709', '34546198105'])(
    'accepts %s (python-stdnum test_ar_cuit.doctest)',
    (v) => expect(valid(v)).toBe(true),
  );
  it.each(['30653311858', '33500001590', '34546198106'])('rejects %s (check digit changed)', (v) => {
    expect(valid(v)).toBe(false);
  });
  // The placeholder company CUIT of Argentine fixtures and tutorials ("fixtures move off
  // 30-12345678-9, which fails the check digit; 30-12345678-1 is valid"): on the allow list.
  it('accepts the placeholder 30-12345678-1, rejects 30-12345678-9, never reports it', () => {
    expect(valid('30-12345678-1')).toBe(true);
    expect(valid('30-12345678-9')).toBe(false);
    expect(found('CUIT 30-12345678-1')).toEqual([]);
  });
});

describe('argentina-organization-tax-identification-number: matching', () => {
  it('accepts the written forms', () => {
    for (const v of ['30-71234567-1', '30712345671', '30 71234567 1', '30-71.234.567-1']) {
      expect(found(`CUIT: ${v}`)).toEqual([v]);
    }
  });
  it('takes only company prefixes', () => {
    expect(valid('20-31415926-9')).toBe(false);
    expect(found('CUIT 20-31415926-9, CUIT 31-71234567-8')).toEqual([]);
  });
  it('does not match inside longer numbers', () => {
    expect(found('CUIT 330-71234567-1, CUIT 307123456710')).toEqual([]);
  });
});

describe('argentina-organization-tax-identification-number: end to end', () => {
  it('is found next to its keyword with the right type and severity table', () => {
    const f = scanText('Razón social: Ejemplo S.A. — CUIT 30-71234567-1');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['30-71234567-1']);
    expect(cuit.severity).toEqual(['medium', 'medium', 'high']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('factura 30-71234567-1 pagada').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
