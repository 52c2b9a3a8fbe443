import { describe, expect, it } from 'vitest';
import nif, { nifCheck } from '../../detectors/spain-nif-number.js';
import nie from '../../detectors/spain-nie-number.js';
import dni from '../../detectors/spain-dni-number.js';
import cif from '../../detectors/spain-tax-identification-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => nif.validate!(v, ctx);
const engine = createEngine([nif]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const NIF = 'SPAIN_NIF_NUMBER';

describe('spain-nif-number: the check letter against values published by others', () => {
  // python-stdnum stdnum/es/nif.py docstring: 54362315K (resident), X-5253868-R (foreign person);
  // stdnum/es/dni.py: 54362315-K valid, 54362315Z invalid; stdnum/es/nie.py: x-2482300w valid,
  // x-2482300a invalid.
  it('accepts 54362315K, X-5253868-R, X2482300W; rejects 54362315Z, X2482300A (python-stdnum)', () => {
    expect(nifCheck('54362315K')).toBe(true);
    expect(nifCheck('54362315-K')).toBe(true);
    expect(nifCheck('X-5253868-R')).toBe(true);
    expect(nifCheck('x-2482300w')).toBe(true);
    expect(nifCheck('54362315Z')).toBe(false);
    expect(nifCheck('X2482300A')).toBe(false);
  });
  // python-stdnum tests/test_es_nif.doctest: 11111111H (DNI), X1111111G (NIE), L1111111G (NIF, neither
  // DNI nor NIE: the letter of the 7 digits) valid; 11111111T, X1111111A, L1111111C invalid.
  it('follows test_es_nif.doctest, K/L/M included (python-stdnum)', () => {
    for (const v of ['11111111H', 'X1111111G', 'L1111111G']) expect(nifCheck(v)).toBe(true);
    for (const v of ['11111111T', 'X1111111A', 'L1111111C']) expect(nifCheck(v)).toBe(false);
  });
  // microsoft/presidio presidio-analyzer/tests/test_es_nif_recognizer.py: valid 55555555K, 55555555-K,
  // 1111111-G, 1111111G, 01111111G (a DNI without its leading zero).
  it.each(['55555555K', '55555555-K', '1111111-G', '1111111G', '01111111G'])('accepts %s (Presidio test_es_nif_recognizer.py)', (v) => {
    expect(nifCheck(v)).toBe(true);
  });
  it('does not report the placeholders among them (one repeated digit)', () => {
    for (const v of ['11111111H', 'X1111111G', 'L1111111G', '1111111G', '55555555K']) expect(valid(v)).toBe(false);
  });
  it('rejects a broken check letter and a CIF', () => {
    expect(valid('73918264K')).toBe(false);
    expect(valid('M6204815K')).toBe(false);
    expect(valid('B37020377')).toBe(false);
  });
});

describe('spain-nif-number: matching', () => {
  it('finds the written forms', () => {
    for (const v of ['73918264J', '73918264-J', '73.918.264-J', '73.918.264J', '8130572-A', '08130572A', 'Y3054817V', 'Y-3054817-V', 'K2846103Z', 'M-6204815-J']) {
      expect(found(`NIF: ${v}`)).toEqual([v]);
    }
  });
  it('accepts the keyword spellings', () => {
    for (const k of ['N.I.F.', 'N.I.F:', 'nif_cliente', 'Número de Identificación Fiscal', 'numero de identificacion fiscal']) {
      const f = scanText(`${k} 73918264J`);
      expect(f.filter((x) => x.type === NIF).map((x) => x.text)).toEqual(['73918264J']);
    }
  });
  it('ignores the published examples', () => {
    expect(found('NIF 12345678Z, NIF 54362315-K, NIF X-5253868-R')).toEqual([]);
  });
});

describe('spain-nif-number: beside the DNI, NIE and CIF detectors', () => {
  const all = createEngine([nif, nie, dni, cif]);
  const types = (t: string): string[] => all.detect(t).map((m) => m.type);
  it('an NIE or a DNI next to "NIF" is a NIF only', () => {
    expect(types('NIF: X7225575X')).toEqual([NIF]);
    expect(types('NIF 86227124D')).toEqual([NIF]);
  });
  it('next to their own keyword they stay a DNI and an NIE', () => {
    expect(types('DNI 86227124D')).toEqual(['SPAIN_DNI_NUMBER']);
    expect(types('NIE X7225575X')).toEqual(['SPAIN_NIE_NUMBER']);
  });
  it('a company\'s NIF is a CIF', () => {
    expect(types('NIF B37020377')).toEqual(['SPAIN_TAX_IDENTIFICATION_NUMBER']);
  });
});

describe('spain-nif-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Cliente: María López, NIF: X7225575X');
    expect(f.filter((x) => x.type.startsWith('SPAIN_')).map((x) => `${x.text} ${x.type}`)).toEqual([`X7225575X ${NIF}`]);
  });
  it('a DNI next to "NIF" is not also a SPAIN_DNI_NUMBER', () => {
    const f = scanText('NIF 86227124D');
    expect(f.map((x) => x.type)).toEqual([NIF]);
  });
  it('is not found without a keyword', () => {
    expect(scanText('pedido 73918264J enviado').filter((x) => x.type === NIF)).toEqual([]);
  });
});
