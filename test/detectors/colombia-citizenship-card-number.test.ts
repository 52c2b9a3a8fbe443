import { describe, expect, it } from 'vitest';
import cedula, { cedulaShapeValid } from '../../detectors/colombia-citizenship-card-number.js';
import nitIndividual from '../../detectors/colombia-individual-nit-number.js';
import nitOrganization from '../../detectors/colombia-organization-nit-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([cedula]);
/** Each finding's value; the engine scans byte strings (Latin-1 view of UTF-8). */
const found = (text: string): string[] => {
  const bytes = Buffer.from(text, 'utf8').toString('latin1');
  return engine.detect(bytes).map((m) => Buffer.from(bytes.slice(m.start, m.end), 'latin1').toString('utf8'));
};
const CC = 'COLOMBIA_CITIZENSHIP_CARD_NUMBER';

describe('colombia-citizenship-card-number: values published by others', () => {
  // python-stdnum tests/test_co_nit.doctest, "found online": a person's NIT is the cédula number and a
  // verification digit, so the bases of the ones that are not organisations' (800…–999…) are cédulas.
  const NITS = ['1118534248-0', '15.252.525-0', '17.343.020-1', '35324530-0', '37547837-0', '51.922.998-7', '52.238.803-1', '6.386.949-2', '79.308.960-7', '79626331-8', '79627373-1'];
  it.each(NITS)('the cédula in the NIT %s has the shape of a cédula (python-stdnum test_co_nit.doctest)', (nit) => {
    const base = nit.replace(/-\d$/, '');
    expect(cedulaShapeValid(base.replace(/\./g, ''))).toBe(true);
    expect(found(`C.C. ${base}`)).toEqual([base]);
  });
  it.each(NITS)('the NIT %s itself is not a cédula (the NIT detector reports it)', (nit) => {
    expect(found(`cédula de ciudadanía ${nit}`)).toEqual([]);
  });
  it('a dotted NIT with its DV after a dot (python-stdnum: 79.896.529.6) is not a cédula either', () => {
    expect(found('C.C. 79.896.529.6')).toEqual([]);
  });
  it('rejects what no cédula looks like: 9 digits, 10 not starting with 1, leading zero, one repeated digit, under 6', () => {
    for (const v of ['123456789', '2098765432', '01234567', '11111111', '00000000', '12345']) expect(cedulaShapeValid(v)).toBe(false);
  });
});

describe('colombia-citizenship-card-number: matching', () => {
  it('finds the written forms', () => {
    for (const v of ['79.123.456', '79123456', '1.020.304.050', '1020304050', '7.390.215', '843.127', '843127']) {
      expect(found(`Cédula de ciudadanía: ${v}`)).toEqual([v]);
    }
  });
  it('accepts the keyword spellings, with and without accents', () => {
    for (const k of ['CÉDULA DE CIUDADANÍA', 'cedula de ciudadania', 'Cédula ciudadanía', 'cedula_ciudadania', 'Número de cédula', 'numero de cedula', 'C.C.', 'C.C. No.']) {
      expect(found(`${k} 79.123.456 de Bogotá`)).toEqual(['79.123.456']);
    }
  });
  it('is not found after "cc", bare "cédula", or a Mexican cédula profesional', () => {
    expect(found('CC 79123456, cc: 79123456')).toEqual([]);
    expect(found('Cédula 79123456')).toEqual([]);
    expect(found('Número de cédula profesional: 7390215')).toEqual([]);
  });
  it('does not read "c.c." after a number (cubic centimetres) as the keyword, nor take quantities', () => {
    expect(found('Renault Logan, motor 1.600 c.c., 125.000 km, precio 35.000.000 negociables')).toEqual([]);
    expect(found('Cédula de ciudadanía: recorrido 125.000 km')).toEqual([]);
    expect(found('C.C. 79.123.456, moto de 150 c.c.')).toEqual(['79.123.456']);
  });
  it('does not take amounts, other countries\' forms, or parts of longer numbers', () => {
    expect(found('C.C. 79.123.456, pagó $ 1.500.000 y $2.300.000')).toEqual(['79.123.456']);
    expect(found('Cédula de ciudadanía V-12345678')).toEqual([]);
    expect(found('Cédula de ciudadanía 1.020.304.050.1')).toEqual([]);
    expect(found('Cédula de ciudadanía 79123456A')).toEqual([]);
  });
});

describe('colombia-citizenship-card-number: beside the NIT detectors', () => {
  const all = createEngine([cedula, nitIndividual, nitOrganization]);
  const types = (t: string): string[] => {
    const b = Buffer.from(t, 'utf8').toString('latin1');
    return all.detect(b).map((m) => `${b.slice(m.start, m.end)} ${m.type}`);
  };
  it('a cédula followed by its DV is a NIT only; the same number without it is a cédula', () => {
    expect(types('C.C. 79.308.960 NIT 79.308.960-7')).toEqual([`79.308.960 ${CC}`, '79.308.960-7 COLOMBIA_INDIVIDUAL_NIT_NUMBER']);
  });
});

describe('colombia-citizenship-card-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Firma: Juan Pérez, C.C. No. 1.020.304.050 de Bogotá');
    expect(f.filter((x) => x.type === CC).map((x) => x.text)).toEqual(['1.020.304.050']);
  });
  it('is found after the accented keyword', () => {
    const f = scanText('Cédula de Ciudadanía: 52468013');
    expect(f.filter((x) => x.type === CC).map((x) => x.text)).toEqual(['52468013']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('pedido 79.123.456 entregado').filter((x) => x.type === CC)).toEqual([]);
  });
});
