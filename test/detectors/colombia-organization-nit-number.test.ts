import { describe, expect, it } from 'vitest';
import individual from '../../detectors/colombia-individual-nit-number.js';
import organization from '../../detectors/colombia-organization-nit-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => organization.validate!(v, ctx);
const engine = createEngine([individual, organization]);
/** Each finding as "value TYPE"; the engine scans byte strings (Latin-1 view of UTF-8). */
const found = (text: string): string[] => {
  const bytes = Buffer.from(text, 'utf8').toString('latin1');
  return engine.detect(bytes).map((m) => `${Buffer.from(bytes.slice(m.start, m.end), 'latin1').toString('utf8')} ${m.type}`);
};
const ORG = 'COLOMBIA_ORGANIZATION_NIT_NUMBER';

// python-stdnum tests/test_co_nit.doctest, "found online": company NITs in the written forms we match.
const STDNUM = [
  '800.003.122-6', '800.020.672-7', '800088702-2', '800226098 - 4', '804001273-5', '830.015.428-5', '830003564-7',
  '860 001 986-1', '860.001.986-1', '8600019861', '8600073361', '890.000.062-6', '890.900.841-9', '8909009431',
  '899.999.035-7', '899999001-7', '900 206 480 - 2', '900 206 480-2', '900.206.483-4', '900206480-2', '9002271403',
  '900812264-7',
];

describe('colombia-organization-nit-number: values published by others', () => {
  it.each(STDNUM)('accepts %s (python-stdnum test_co_nit.doctest)', (v) => {
    expect(valid(v)).toBe(true);
    expect(found(`NIT: ${v}`)).toEqual([`${v} ${ORG}`]);
  });
  it.each(['800.003.122-7', '8600019862', '900 206 480-3'])('rejects %s (DV broken)', (v) => expect(valid(v)).toBe(false));
  it('leaves persons\' NITs to the other detector', () => {
    expect(valid('79.308.960-7')).toBe(false);
    expect(valid('1118534248-0')).toBe(false);
  });
  it('does not match the forms left out (mixed separators, commas, em dash)', () => {
    // Also in python-stdnum's list, but too rare to widen the pattern for.
    expect(found('NIT 830.036-334-1; NIT 900,206,480-2; NIT 890 981 268 — 4')).toEqual([]);
  });
});

describe('colombia-organization-nit-number: matching', () => {
  it('reports each NIT as exactly one of the two types', () => {
    expect(found('NIT 901.650.872-2 y NIT 46.425.577-1')).toEqual([
      `901.650.872-2 ${ORG}`,
      '46.425.577-1 COLOMBIA_INDIVIDUAL_NIT_NUMBER',
    ]);
  });
  it('does not read a NIT without DV as a NIT with DV', () => {
    expect(found('NIT 901.650.872 / NIT 901650872')).toEqual([]);
  });
  it('ignores the published sequence example', () => {
    expect(found('NIT 900.123.456-8')).toEqual([]);
  });
  it('has Macie\'s organisation severity', () => {
    expect(organization.severity).toEqual(['medium', 'medium', 'high']);
  });
});

describe('colombia-organization-nit-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Factura electrónica — Proveedor S.A.S., NIT 901.650.872-2');
    expect(f.filter((x) => x.type === ORG).map((x) => x.text)).toEqual(['901.650.872-2']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('pedido 901.650.872-2 entregado').filter((x) => x.type === ORG)).toEqual([]);
  });
});
