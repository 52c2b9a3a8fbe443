import { describe, expect, it } from 'vitest';
import individual, { nitCheckDigit, nitValid } from '../../detectors/colombia-individual-nit-number.js';
import organization from '../../detectors/colombia-organization-nit-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => individual.validate!(v, ctx);
const engine = createEngine([individual, organization]);
/** Each finding as "value TYPE"; the engine scans byte strings (Latin-1 view of UTF-8). */
const found = (text: string): string[] => {
  const bytes = Buffer.from(text, 'utf8').toString('latin1');
  return engine.detect(bytes).map((m) => `${Buffer.from(bytes.slice(m.start, m.end), 'latin1').toString('utf8')} ${m.type}`);
};
const IND = 'COLOMBIA_INDIVIDUAL_NIT_NUMBER';

describe('colombia-individual-nit-number: the NIT check digit against values published by others', () => {
  // python-stdnum stdnum/co/nit.py docstring: 213.123.432-1 valid, 2131234325 InvalidChecksum; the older
  // docstring (tests/test_co_nit.doctest): 2131234351 valid, 2131234350 InvalidChecksum.
  it('accepts 2131234321 and 2131234351, rejects 2131234325 and 2131234350 (python-stdnum)', () => {
    expect(nitValid('2131234321')).toBe(true);
    expect(nitValid('2131234351')).toBe(true);
    expect(nitValid('2131234325')).toBe(false);
    expect(nitValid('2131234350')).toBe(false);
    expect(nitCheckDigit('213123432')).toBe(1);
  });
  // python-stdnum tests/test_co_nit.doctest, "found online": the ones whose base is a cédula.
  it.each([
    '1118534248-0', '15.252.525-0', '17.343.020-1', '35324530-0', '37547837-0', '375478370', '51.922.998-7',
    '52.238.803-1', '6.386.949-2', '79.308.960-7', '79.896.529.6', '79626331-8', '79627373-1', '796273731',
  ])('accepts %s (python-stdnum test_co_nit.doctest)', (v) => expect(valid(v)).toBe(true));
  it.each(['79.308.960-8', '1118534248-1', '6.386.949-0'])('rejects %s (DV broken)', (v) => expect(valid(v)).toBe(false));
  it('leaves organisation NITs to the other detector', () => {
    expect(valid('800.003.122-6')).toBe(false);
  });
});

describe('colombia-individual-nit-number: matching', () => {
  it('finds the written forms of a person\'s NIT', () => {
    for (const v of ['79.308.960-7', '79308960-7', '79308960 - 7', '79.896.529.6', '6.386.949-2', '1.118.534.248-0', '1118534248-0', '11185342480']) {
      expect(found(`NIT: ${v}`)).toEqual([`${v} ${IND}`]);
    }
  });
  it('does not read a cédula-length digit run as base + DV', () => {
    // python-stdnum lists "375478370" and "796273731", but "NIT 79627373" may be a cédula without its DV.
    expect(found('NIT 796273731, NIT 375478370')).toEqual([]);
  });
  it('accepts the keyword spellings', () => {
    for (const k of ['N.I.T.', 'Número de Identificación Tributaria', 'numero de identificacion tributaria', 'registro único tributario', 'nit_cliente']) {
      expect(found(`${k}: 79.308.960-7`)).toEqual([`79.308.960-7 ${IND}`]);
    }
  });
  it('does not take Chile\'s RUT keyword', () => {
    expect(found('RUT 79.308.960-7')).toEqual([]);
  });
});

describe('colombia-individual-nit-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Cliente: Juan Pérez, NIT 79.308.960-7');
    expect(f.filter((x) => x.type === IND).map((x) => x.text)).toEqual(['79.308.960-7']);
    expect(f.filter((x) => x.type === 'COLOMBIA_ORGANIZATION_NIT_NUMBER')).toEqual([]);
  });
  it('is not found without a keyword', () => {
    expect(scanText('pedido 79.308.960-7 entregado').filter((x) => x.type === IND)).toEqual([]);
  });
});
