import { describe, expect, it } from 'vitest';
import rg, { rgCheckDigit } from '../../detectors/brazil-rg-number.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const engine = createEngine([rg]);
/** engine.detect scans byte strings (UTF-8 bytes as Latin-1 characters): accented texts are converted. */
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'medium' };
const valid = (v: string): boolean => rg.validate!(v, ctx) === true;
const TYPE = 'BRAZIL_RG_NUMBER';

describe('brazil-rg-number: values published by others', () => {
  // identique/idnumbers, tests/nationalid/test_BRA.py: 39.985.676-6 and 56.843.539-4 valid,
  // 39.985.676-5 and 56.843.539-X invalid. (Its third value, 99.953.539-X, passes there only
  // because idnumbers reads X as 11; every other source reads X as 10, which makes 99.953.539-0
  // the valid form of that number.)
  it("agrees with idnumbers' test values", () => {
    expect(valid('39.985.676-6')).toBe(true);
    expect(valid('56.843.539-4')).toBe(true);
    expect(valid('39.985.676-5')).toBe(false);
    expect(valid('56.843.539-X')).toBe(false);
    expect(rgCheckDigit('99953539')).toBe('0');
  });
  // Perl Business::BR::RG (metacpan) POD: test_rg('39.985.676-X') is incorrect, ' 39.985.676-6 ' is ok.
  it("agrees with Business::BR::RG's documentation", () => {
    expect(valid('39.985.676-X')).toBe(false);
    expect(valid('39.985.676-6')).toBe(true);
  });
  // this-empathy/javascript-validator, tests/validations/rg.spec.js: valid RGs.
  it("accepts javascript-validator's valid RGs", () => {
    for (const v of ['282940297', '401887856', '379669614', '113440492', '11.550.559-3']) expect(valid(v)).toBe(true);
  });
  // felipekenjidev/ClasseRG README: 18.845.634-X / 18845634X (check digit 10 written X).
  it("accepts ClasseRG's X example, with and without punctuation", () => {
    expect(valid('18.845.634-X')).toBe(true);
    expect(valid('18845634X')).toBe(true);
    expect(found('RG 18.845.634-X')).toEqual(['18.845.634-X']);
  });
  // PyPI validate-rg README: is_valid('50.567.509-2') True, is_valid('11.111.111-1') False.
  it("agrees with validate-rg's README, and does not report its example", () => {
    expect(valid('50.567.509-2')).toBe(true);
    expect(valid('505675092')).toBe(true);
    expect(valid('11.111.111-1')).toBe(false);
    expect(found('RG: 50.567.509-2')).toEqual([]);
  });
});

describe('brazil-rg-number: matching', () => {
  it('finds the dotted, hyphenated and bare forms, X in either case', () => {
    for (const v of ['24.681.357-X', '24681357-X', '24681357X', '24681357x', '735192649']) {
      expect(found(`Registro Geral: ${v}`)).toEqual([v]);
    }
  });
  it('rejects a wrong check digit', () => {
    expect(found('RG 24.681.357-0, RG 735192640')).toEqual([]);
  });
  it('does not take part of a longer number or a CPF', () => {
    expect(found('RG 7351926490, RG 1735192649, RG 735.192.649-00, RG 1.735.192.649')).toEqual([]);
  });
  it('keeps "rg" a whole word', () => {
    expect(found('see example.org 735192649')).toEqual([]);
    expect(found('rgb 735192649')).toEqual([]);
    expect(found('Carteira de Identidade nº 73.519.264-9')).toEqual(['73.519.264-9']);
    expect(found('CÉDULA DE IDENTIDADE 73.519.264-9')).toEqual(['73.519.264-9']);
  });
});

describe('brazil-rg-number: end to end', () => {
  it('is found next to its keyword with the right type, beside the CPF', () => {
    const f = scanText('Nome: João da Silva, RG 73.519.264-9, CPF 708.473.461-96');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['73.519.264-9']);
    expect(f.some((x) => x.type === 'BRAZIL_CPF_NUMBER')).toBe(true);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Pedido 73.519.264-9 enviado').filter((x) => x.type === TYPE)).toEqual([]);
  });
});

describe('brazil-rg-number: ripgrep', () => {
  it('drops a value searched for on an `rg` command line, keeps "RG" in prose and data', () => {
    expect(found('$ rg -n --max-count 1 102938477 src/')).toEqual([]);
    expect(found("rg -e '102938477' logs/")).toEqual([]);
    expect(found('RG 102938477')).toEqual(['102938477']);
    expect(found('{"nome": "Ana", "rg": "10.293.847-7"}')).toEqual(['10.293.847-7']);
  });
});
