import { describe, expect, it } from 'vitest';
import plDl from '../../detectors/poland-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const PL = 'POLAND_DRIVERS_LICENSE';
const engine = createEngine([plDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit is published. The shape is Microsoft Purview's "Poland driver's license number"
// (five digits / two digits / four or seven digits); FFaker::IdentificationPL#drivers_license generates
// the same '#####/##/####' (citing Wikipedia "Driving licence in Poland").
describe('poland-drivers-license: shape', () => {
  it('takes 5/2/4 and 5/2/7 digits', () => {
    expect(found('prawo jazdy 04817/19/1465')).toEqual(['04817/19/1465']);
    expect(found('prawo jazdy 00562/15/1204016')).toEqual(['00562/15/1204016']);
  });
  it('takes nothing else', () => {
    for (const v of ['04817/19/14651', '04817/19/146', '0481/19/1465', '04817/1/1465', '04817-19-1465', '04817 19 1465', '1/04817/19/1465', '04817/19/1465/2']) {
      expect(found(`prawo jazdy ${v}`)).toEqual([]);
    }
  });
  it('rejects zero running numbers or authority codes, one digit repeated and the example', () => {
    expect(found('prawo jazdy 00000/19/1465')).toEqual([]);
    expect(found('prawo jazdy 04817/19/0000')).toEqual([]);
    expect(found('prawo jazdy 55555/55/5555')).toEqual([]);
    expect(found('prawo jazdy 00123/21/4567')).toEqual([]);
  });
});

describe('poland-drivers-license: keywords', () => {
  it('finds the value next to the Polish and English keywords', () => {
    for (const kw of ['prawo jazdy', 'PRAWO JAZDY', 'numer prawa jazdy:', 'prawo_jazdy', "driver's licence", 'driving licence no.']) {
      expect(found(`${kw} 04817/19/1465`)).toEqual(['04817/19/1465']);
    }
  });
  it('is not found without a keyword', () => {
    expect(found('faktura 04817/19/1465')).toEqual([]);
  });
  it('is no US licence', () => {
    const both = createEngine([plDl, usDl]);
    expect(both.detect("driver's license 04817/19/1465").map((m) => m.type)).toEqual([PL]);
  });
});

describe('poland-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Kierowca: Jan Kowalski, numer prawa jazdy 04817/19/1465, kategoria B');
    expect(f.filter((x) => x.type === PL).map((x) => x.text)).toEqual(['04817/19/1465']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('sygnatura 04817/19/1465').filter((x) => x.type === PL)).toEqual([]);
  });
});
