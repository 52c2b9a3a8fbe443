import { describe, expect, it } from 'vitest';
import dni from '../../detectors/argentina-dni-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([dni]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'ARGENTINA_DNI_NUMBER';

describe('argentina-dni-number: values published by others', () => {
  // python-stdnum, stdnum/ar/dni.py docstring: validate('20.123.456') → '20123456';
  // validate('2012345699') raises InvalidLength. (The DNI has no check digit.)
  it('finds python-stdnum\'s 20.123.456 and not its 10-digit 2012345699', () => {
    expect(found('DNI 20.123.456')).toEqual(['20.123.456']);
    expect(found('DNI 2012345699')).toEqual([]);
  });
  // macie.md: all-zero values and the DNI examples 99999999 / 99.999.999 are not reported.
  it('ignores Macie\'s excluded values', () => {
    expect(found('DNI 99999999, DNI 99.999.999, DNI 00.000.000, DNI 0000000')).toEqual([]);
  });
});

describe('argentina-dni-number: matching', () => {
  it('accepts 7 and 8 digits, dotted or plain', () => {
    for (const v of ['31.415.926', '31415926', '4.142.135', '4142135']) expect(found(`D.N.I. ${v}`)).toEqual([v]);
  });
  it('is not Spain\'s DNI (8 digits and a letter) nor a Chilean RUT', () => {
    expect(found('DNI 31415926Z, DNI 31415926-Z, DNI 31.415.926-Z')).toEqual([]);
    expect(found('DNI 15.645.039-1')).toEqual([]);
  });
  it('does not take the DNI part of a CUIL, nor parts of longer numbers', () => {
    expect(found('DNI/CUIL 20-31415926-9')).toEqual([]);
    expect(found('DNI 314159265, DNI 1.31.415.926, DNI 31.415.926.5, DNI 31.415926')).toEqual([]);
  });
  it('needs its keyword within 30 characters', () => {
    expect(found(`Documento Nacional de Identidad:${' '.repeat(31)}31415926`)).toEqual([]);
    expect(found('Documento Nacional de Identidad: 31415926')).toEqual(['31415926']);
  });
});

describe('argentina-dni-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Nombre: Juan Pérez, DNI 31.415.926');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['31.415.926']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Factura 31.415.926 emitida').filter((x) => x.type === TYPE)).toEqual([]);
  });
  it('a Spanish DNI next to "DNI" is not reported as Argentine', () => {
    expect(scanText('DNI 12345678Z').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
