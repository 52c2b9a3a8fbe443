import { describe, expect, it } from 'vitest';
import curp from '../../detectors/mexico-curp-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => curp.validate!(v, ctx);
const engine = createEngine([curp]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'MEXICO_CURP_NUMBER';

describe('mexico-curp-number: values published by others', () => {
  // python-stdnum, stdnum/mx/curp.py docstring: BOXW310820HNERXN09 valid, BOXW310820HNERXN08
  // InvalidChecksum.
  it('accepts BOXW310820HNERXN09 and rejects BOXW310820HNERXN08 (python-stdnum docstring)', () => {
    expect(valid('BOXW310820HNERXN09')).toBe(true);
    expect(valid('BOXW310820HNERXN08')).toBe(false);
  });
  // python-stdnum, tests/test_mx_curp.doctest: hypothetical persons and numbers "found online".
  it.each([
    'HEGG560427MVZRRL04', 'BEML920313HMCLNS09', 'PEGL890909MJCRMS08', 'AAMG890608HDFLJL00', 'BAAD890419HMNRRV07',
    'HEGR891009HMNRRD09', 'MARR890512HMNRMN09', 'OOMG890727HMNRSR06', 'TOMA880125HMNRRN02', 'VIAA900930MMNCLL08',
  ])('accepts %s (python-stdnum test_mx_curp.doctest)', (v) => expect(valid(v)).toBe(true));
  // The same file's corner cases, each rejected for its stated reason.
  it.each([
    ['BACA890909MJCRMS05', 'bad word'],
    ['PEGL891313MJCRMS06', 'invalid date'],
    ['PEGL890909QJCRMS08', 'invalid gender'],
    ['PEGL890909MQQRMS02', 'invalid state'],
    ['PEGL890909MJCRMS09', 'invalid check digit'],
  ])('rejects %s (python-stdnum: %s)', (v) => expect(valid(v)).toBe(false));
  it('never reports the published examples', () => {
    expect(found('CURP BOXW310820HNERXN09, CURP HEGG560427MVZRRL04')).toEqual([]);
  });
});

describe('mexico-curp-number: matching', () => {
  it('takes the century from the homoclave: a digit before 2000, a letter after', () => {
    expect(valid('SAGL000229HNEGRSA4')).toBe(true); // 29 Feb 2000
    expect(valid('LOPA850315HDFPRNA8')).toBe(false); // would be 2085
    expect(valid('LOPA850315HDFPRN08')).toBe(true);
  });
  it('accepts sex X and the state code NE (born abroad)', () => {
    expect(valid('ROJE611130XYNJSR07')).toBe(true);
    expect(valid('BOXW310820HNERXN09')).toBe(true);
  });
  it('is upper case, 18 characters, not inside longer codes', () => {
    expect(found('CURP lopa850315hdfprn08, CURP XLOPA850315HDFPRN08, CURP LOPA850315HDFPRN081')).toEqual([]);
  });
  it('needs its keyword within 30 characters', () => {
    expect(found(`curp${' '.repeat(31)}LOPA850315HDFPRN08`)).toEqual([]);
    expect(found('Clave Unica de Registro de Poblacion: LOPA850315HDFPRN08')).toEqual(['LOPA850315HDFPRN08']);
  });
});

describe('mexico-curp-number: end to end', () => {
  it('is found next to its keyword with the right type (also the accented spelling)', () => {
    const f = scanText('Clave única de registro de población: LOPA850315HDFPRN08');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['LOPA850315HDFPRN08']);
  });
  it('is found in a CFDI payroll attribute', () => {
    const f = scanText('<nomina12:Receptor Curp="MUAA790402MJCXNN08" NumEmpleado="7"/>');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['MUAA790402MJCXNN08']);
  });
  it('is not found without a keyword, and its RFC-like start is no RFC', () => {
    const f = scanText('expediente LOPA850315HDFPRN08 archivado');
    expect(f.filter((x) => x.type === TYPE || x.type.startsWith('MEXICO_'))).toEqual([]);
  });
});
