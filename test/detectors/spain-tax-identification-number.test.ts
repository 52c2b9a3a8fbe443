import { describe, expect, it } from 'vitest';
import cif from '../../detectors/spain-tax-identification-number.js';
import nie from '../../detectors/spain-nie-number.js';
import dni from '../../detectors/spain-dni-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => cif.validate!(v, ctx);
const engine = createEngine([cif]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('spain-tax-identification-number: values published by others', () => {
  // python-stdnum stdnum/es/cif.py doctests.
  it('accepts J99216582 and A13 585 625 (python-stdnum cif.py)', () => {
    expect(valid('J99216582')).toBe(true);
    expect(valid('A13585625')).toBe(true);
  });
  it('rejects J99216583 (python-stdnum: invalid check digit)', () => {
    expect(valid('J99216583')).toBe(false);
  });
  // python-stdnum tests/test_es_cif.doctest.
  it('accepts A11111119 and rejects A11111118 (python-stdnum test_es_cif.doctest)', () => {
    expect(valid('A11111119')).toBe(true);
    expect(valid('A11111118')).toBe(false);
  });
  it('J takes the control as a digit or as a letter: J99216582 and J9921658B', () => {
    expect(valid('J9921658B')).toBe(true);
  });
  it('a digit for A B E H, a letter for N P Q R S W and non-residents (00)', () => {
    expect(valid('A1358562E')).toBe(false); // A13585625 with its letter
    expect(valid('Q07290729')).toBe(false);
    expect(valid('Q0729072I')).toBe(true);
    expect(valid('G00123455')).toBe(false); // province 00: a letter
    expect(valid('G0012345E')).toBe(true);
  });
});

describe('spain-tax-identification-number: matching', () => {
  it('accepts the written forms', () => {
    for (const v of ['B37020377', 'B-37020377', 'B 37020377', 'B-3702037-7']) {
      expect(found(`CIF: ${v}`)).toEqual([v]);
    }
  });
  it('python-stdnum rejects (M, O first, NIF/NIE/DNI shapes) are not CIFs here either', () => {
    expect(found('CIF M-1234567-L, O-1234567-L, X1111111G, L1111111G, 11111111H')).toEqual([]);
  });
  it('an NIE is reported as an NIE only, a DNI as a DNI only', () => {
    const all = createEngine([cif, nie, dni]);
    const types = (t: string): string[] => all.detect(t).map((m) => m.type);
    expect(types('NIE X7225575X')).toEqual(['SPAIN_NIE_NUMBER']);
    expect(types('DNI 86227124D')).toEqual(['SPAIN_DNI_NUMBER']);
    expect(types('NIF B37020377')).toEqual(['SPAIN_TAX_IDENTIFICATION_NUMBER']);
  });
});

describe('spain-tax-identification-number: allow list', () => {
  it('ignores the CIF in the name of a CA root certificate', () => {
    expect(found('* Autoridad de Certificacion Firmaprofesional CIF A62634068')).toEqual([]);
    expect(found('Autoridad_de_Certificacion_Firmaprofesional_CIF_A62634068.pem')).toEqual([]);
  });
});

describe('spain-tax-identification-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Razón social: Ejemplo S.L., CIF B-37020377');
    expect(f.filter((x) => x.type === 'SPAIN_TAX_IDENTIFICATION_NUMBER').map((x) => x.text)).toEqual(['B-37020377']);
  });
  it('is found next to the accented keyword', () => {
    const f = scanText('Código de identificación fiscal: Q0729072I');
    expect(f.map((x) => x.type)).toContain('SPAIN_TAX_IDENTIFICATION_NUMBER');
  });
  it('is not found without a keyword', () => {
    expect(scanText('factura B-37020377 pagada').filter((x) => x.type === 'SPAIN_TAX_IDENTIFICATION_NUMBER')).toEqual([]);
  });
});
