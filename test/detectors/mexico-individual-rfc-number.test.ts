import { describe, expect, it } from 'vitest';
import rfc, { rfcCheckDigit } from '../../detectors/mexico-individual-rfc-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => rfc.validate!(v, ctx);
const engine = createEngine([rfc]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'MEXICO_INDIVIDUAL_RFC_NUMBER';

describe('mexico-individual-rfc-number: values published by others', () => {
  // python-stdnum, stdnum/mx/rfc.py docstring: 'GODE 561231 GR8' (personal number), and
  // 'VACE-460910-SX6' fails with validate_check_digits=True.
  it('accepts GODE 561231 GR8 and rejects VACE-460910-SX6 (python-stdnum docstring)', () => {
    expect(valid('GODE 561231 GR8')).toBe(true);
    expect(valid('GODE561231GR8')).toBe(true);
    expect(valid('VACE-460910-SX6')).toBe(false);
  });
  // python-stdnum, tests/test_mx_rfc.doctest: personal numbers "found online" with valid check digits.
  it.each(['AAAA791128D63', 'BADY7101185W6', 'COML8103203QA', 'EITM9103155L7', 'GOAJ7101257MA', 'ZENP8101128Y0'])(
    'accepts %s (python-stdnum test_mx_rfc.doctest)',
    (v) => expect(valid(v)).toBe(true),
  );
  // The same file: 'CACA 580710 NF7' is a barred name; 'ABCD 123456' no date.
  it('rejects python-stdnum\'s barred name CACA 580710 NF7', () => expect(valid('CACA 580710 NF7')).toBe(false));
  // The SAT's fictitious CFDI test persons (its "Certificados de prueba", reproduced by invoicing
  // libraries, e.g. docs.fiscalapi.com/testing-data): valid check digits, so on the allow list.
  it.each(['CACX7605101P8', 'FUNK671228PH6', 'IAÑL750210963', 'RAQÑ7701212M3', 'XOJI740919U48', 'WERX631016S30'])(
    'accepts the SAT test person %s, never reports it',
    (v) => {
      expect(valid(v)).toBe(true);
      expect(found(`RFC ${v}`)).toEqual([]);
    },
  );
  it('Macie\'s generic RFCs are never reported', () => {
    expect(found('RFC XAXX010101000, RFC XEXX010101000')).toEqual([]);
    expect(rfcCheckDigit('XEXX01010100')).toBe('0');
  });
});

describe('mexico-individual-rfc-number: matching', () => {
  it('accepts the written forms', () => {
    for (const v of ['LOPA850315K70', 'LOPA 850315 K70', 'LOPA-850315-K70']) expect(found(`RFC: ${v}`)).toEqual([v]);
  });
  it('takes Ñ as UTF-8 (through scanText) and as one character', () => {
    expect(found('RFC MUÑA790402T32')).toEqual(['MUÑA790402T32']);
    const f = scanText('R.F.C. MUÑA790402T32');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['MUÑA790402T32']);
  });
  it('needs a real date and a valid homoclave', () => {
    expect(found('RFC LOPA850230K75, RFC LOPA8503150K1, RFC LOPA850315K71')).toEqual([]);
  });
  it('a CURP or a company RFC is not a person RFC', () => {
    expect(found('RFC/CURP LOPA850315HDFPRN08, RFC LUZ8704157Q8')).toEqual([]);
  });
  it('with the keyword "iva" only a fully valid RFC is taken', () => {
    expect(found('Subtotal 100.00 IVA 16.00 — receptor LOPA850315K70')).toEqual(['LOPA850315K70']);
    expect(found('IVA 16% SKU ABCD123456XY1 ABCD991301K70')).toEqual([]);
  });
});

describe('mexico-individual-rfc-number: end to end', () => {
  it('is found in a CFDI attribute with the right type', () => {
    const f = scanText('<cfdi:Receptor Rfc="LOPA850315K70" Nombre="ANA LOPEZ PEREZ" UsoCFDI="G03"/>');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['LOPA850315K70']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('folio LOPA850315K70 ok').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
