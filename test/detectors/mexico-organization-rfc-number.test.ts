import { describe, expect, it } from 'vitest';
import rfc from '../../detectors/mexico-organization-rfc-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => rfc.validate!(v, ctx);
const engine = createEngine([rfc]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'MEXICO_ORGANIZATION_RFC_NUMBER';

describe('mexico-organization-rfc-number: values published by others', () => {
  // python-stdnum, stdnum/mx/rfc.py docstring: 'MAB-930714-8T4' (company number).
  it('accepts MAB-930714-8T4 (python-stdnum docstring)', () => expect(valid('MAB-930714-8T4')).toBe(true));
  // python-stdnum, tests/test_mx_rfc.doctest: company numbers with valid check digits, incl. & and Ñ.
  it.each(['&&&030828PX7', '&JE040614N51', 'AA&0607148I0', 'AP&0305026J9', 'MUÑ110218LJ6', 'CGB000229SW0', 'VSM140430NQA'])(
    'accepts %s (python-stdnum test_mx_rfc.doctest)',
    (v) => expect(valid(v)).toBe(true),
  );
  // The same file: 'SIN 931116 9P8' fails the check digit; 'CCM 650122 I06' has a 0 in the homoclave.
  it.each(['SIN 931116 9P8', 'CCM 650122 I06'])('rejects %s (python-stdnum test_mx_rfc.doctest)', (v) => {
    expect(valid(v)).toBe(false);
  });
  // The SAT's fictitious CFDI test companies (docs.fiscalapi.com/testing-data and every CFDI
  // library): valid check digits, so on the allow list.
  it.each(['EKU9003173C9', 'H&E951128469', 'L&O950913MSA', 'OÑO120726RX3', 'URE180429TM6', 'ZUÑ920208KL4'])(
    'accepts the SAT test company %s, never reports it',
    (v) => {
      expect(valid(v)).toBe(true);
      expect(found(`RFC ${v}`)).toEqual([]);
    },
  );
});

describe('mexico-organization-rfc-number: matching', () => {
  it('accepts the written forms, & also as &amp; (XML)', () => {
    for (const v of ['LUZ8704157Q8', 'LUZ 870415 7Q8', 'LUZ-870415-7Q8', 'T&M050505A31', 'T&amp;M050505A31']) {
      expect(found(`RFC: ${v}`)).toEqual([v]);
    }
  });
  it('takes Ñ as UTF-8 through scanText', () => {
    const f = scanText('<cfdi:Emisor Rfc="BOÑ070707P96" RegimenFiscal="601"/>');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['BOÑ070707P96']);
  });
  it('needs a real date and the check digit', () => {
    expect(found('RFC LUZ8702297QA, RFC LUZ8704157Q9, RFC LUZ8713157Q8')).toEqual([]);
  });
  it('is not the tail of a person RFC or a longer code', () => {
    expect(found('RFC LOPA850315K70, RFC 9LUZ8704157Q8, RFC LUZ8704157Q80')).toEqual([]);
  });
});

describe('mexico-organization-rfc-number: end to end', () => {
  it('is found next to its keyword with the right type and severity table', () => {
    const f = scanText('Registro Federal de Contribuyentes: LUZ-870415-7Q8');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['LUZ-870415-7Q8']);
    expect(rfc.severity).toEqual(['medium', 'medium', 'high']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('pedido LUZ8704157Q8 enviado').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
