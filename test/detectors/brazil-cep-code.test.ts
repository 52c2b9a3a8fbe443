import { describe, expect, it } from 'vitest';
import cep from '../../detectors/brazil-cep-code.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const engine = createEngine([cep]);
/** engine.detect scans byte strings (UTF-8 bytes as Latin-1 characters): accented texts are converted. */
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'medium' };
const valid = (v: string): boolean => cep.validate!(v, ctx) === true;
const TYPE = 'BRAZIL_CEP_CODE';

describe('brazil-cep-code: values published by others', () => {
  // brazilian-utils/brutils-python, tests/test_cep.py: is_valid("88390000") is True. (It also accepts
  // "99999999", which is only a length check there; one digit eight times is rejected here.)
  it("accepts brutils-python's 88390000", () => {
    expect(valid('88390000')).toBe(true);
    expect(found('CEP 88390-000')).toEqual(['88390-000']);
    expect(valid('99999999')).toBe(false);
  });
  // The Correios ranges per state, as tabulated e.g. in ribafs/postgresql Administracao/ScriptsShell/
  // estados.sql: SP 01000–19999 … RS 90000–99999, with no gap between states. Below 01000 nothing is assigned.
  it('accepts the first and last CEPs of the state ranges and rejects 00000–00999', () => {
    for (const v of ['01000-000', '19999-999', '20000-000', '69900-000', '90000-000', '99990-000']) expect(valid(v)).toBe(true);
    for (const v of ['00999-999', '00100-000', '00000-001']) expect(valid(v)).toBe(false);
  });
  // ViaCEP's documentation example (viacep.com.br/ws/01001000/json/) and the 12345-678 input mask
  // are published examples: valid, but not reported.
  it('does not report documentation examples', () => {
    expect(valid('01001-000')).toBe(true);
    expect(found('CEP: 01001-000, CEP 12345-678, CEP 01001000')).toEqual([]);
  });
});

describe('brazil-cep-code: matching', () => {
  it('finds the 5-3, 8-digit and 2.3-3 forms, only the CEP part', () => {
    expect(found('Av. Paulista, 1578 - São Paulo/SP - CEP 01310-200')).toEqual(['01310-200']);
    expect(found('cep=01310200&numero=1578')).toEqual(['01310200']);
    expect(found('Código de Endereçamento Postal: 01.310-200')).toEqual(['01.310-200']);
    expect(found('CÓDIGO POSTAL 30130-010')).toEqual(['30130-010']);
  });
  it('does not take a non-Brazilian postal code next to "código postal"', () => {
    expect(found('Código postal: 28013 Madrid')).toEqual([]); // Spain, 5 digits
    expect(found('Código postal 1000-001 Lisboa')).toEqual([]); // Portugal, 4-3
    expect(found('código postal 06600, Ciudad de México')).toEqual([]); // Mexico, 5 digits
    expect(found('codigo postal 90210-1234')).toEqual([]); // US ZIP+4
  });
  it('does not take part of a longer number', () => {
    expect(found('CEP 013102001, CEP 1-01310-200, CEP 01310-200-5, CEP 2.01.310-200')).toEqual([]);
  });
  it('needs its keyword within 30 characters', () => {
    expect(found(`CEP${' '.repeat(31)}01310-200`)).toEqual([]);
    expect(found('pedido 01310-200 enviado')).toEqual([]);
  });
});

describe('brazil-cep-code: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Endereço: Rua Augusta, 100, São Paulo - SP, CEP: 01305-000');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['01305-000']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Rua Augusta, 100, São Paulo - SP, 01305-000').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
