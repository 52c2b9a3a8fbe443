import { describe, expect, it } from 'vitest';
import cuil, { cuitValid } from '../../detectors/argentina-individual-tax-identification-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => cuil.validate!(v, ctx);
const engine = createEngine([cuil]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'ARGENTINA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER';

describe('argentina-individual-tax-identification-number: values published by others', () => {
  // python-stdnum, stdnum/ar/cuit.py docstring: validate('20-05536168-2'), format('20267565393');
  // validate('20267565392') raises InvalidChecksum.
  it('accepts the python-stdnum docstring values', () => {
    expect(valid('20-05536168-2')).toBe(true);
    expect(valid('20267565393')).toBe(true);
  });
  it('rejects python-stdnum\'s broken check digit 20267565392', () => {
    expect(valid('20267565392')).toBe(false);
  });
  // python-stdnum, tests/test_ar_cuit.doctest ("found online and should all be valid"): the
  // placeholder-like entries and one of each person prefix.
  it.each(['20-10123456-9', '27-10345678-4', '20101234569', '23000052264', '23045174999', '24117166062', '24276145513', '27018259899'])(
    'accepts %s (python-stdnum test_ar_cuit.doctest)',
    (v) => expect(valid(v)).toBe(true),
  );
  // The placeholder of Argentine forms and validator tests (e.g. "assert valid_cuit('20-12345678-6');
  // assert not valid_cuit('20-12345678-9')" in public test suites): valid, hence on the allow list.
  it('accepts the placeholder 20-12345678-6 and rejects 20-12345678-9', () => {
    expect(valid('20-12345678-6')).toBe(true);
    expect(valid('20-12345678-9')).toBe(false);
    expect(found('CUIT 20-12345678-6')).toEqual([]);
  });
  it('the shared algorithm also holds for company prefixes (python-stdnum test values)', () => {
    for (const v of ['30011111110', '30714789062', '33500001599', '34546198105']) expect(cuitValid(v)).toBe(true);
    expect(cuitValid('30714789063')).toBe(false);
  });
});

describe('argentina-individual-tax-identification-number: matching', () => {
  it('accepts the written forms', () => {
    for (const v of ['20-31415926-9', '20314159269', '20 31415926 9', '20-31.415.926-9']) {
      expect(found(`CUIL: ${v}`)).toEqual([v]);
    }
  });
  it('rejects a check digit that would be 10 (remainder 1: never issued)', () => {
    // 20-31415927-?: sum mod 11 = 1.
    expect(cuitValid('20314159279')).toBe(false);
    expect(cuitValid('20314159270')).toBe(false);
  });
  it('takes only person prefixes', () => {
    expect(valid('30-71234567-1')).toBe(false);
    expect(found('CUIT 30-71234567-1, CUIT 21-31415926-9')).toEqual([]);
  });
  it('rejects an all-zero DNI part', () => {
    expect(found('CUIL 20-00000000-1')).toEqual([]);
  });
  it('does not match inside longer numbers or digit groups', () => {
    expect(found('CUIL 120-31415926-9, CUIL 20-31415926-9-1, CUIL 203141592690, CUIL 1.20314159269')).toEqual([]);
  });
  it('finds the keyword spelled out, with or without accents', () => {
    // Accented keywords are matched on UTF-8 bytes: through scanText, which converts the text.
    const f = scanText('Clave única de identificación laboral: 27-27182818-2');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['27-27182818-2']);
    expect(found('Clave Unica de Identificacion Tributaria 27271828182')).toEqual(['27271828182']);
  });
});

describe('argentina-individual-tax-identification-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Datos del empleado — CUIL: 20-31415926-9');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['20-31415926-9']);
  });
  it('a company CUIT is reported as the organisation type, not this one', () => {
    const f = scanText('CUIT 30-71234567-1');
    expect(f.map((x) => x.type)).toContain('ARGENTINA_ORGANIZATION_TAX_IDENTIFICATION_NUMBER');
    expect(f.map((x) => x.type)).not.toContain(TYPE);
  });
  it('is not found without a keyword', () => {
    expect(scanText('pedido 20-31415926-9 enviado').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
