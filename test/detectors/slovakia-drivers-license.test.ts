import { describe, expect, it } from 'vitest';
import skDl from '../../detectors/slovakia-drivers-license.js';
import atDl from '../../detectors/austria-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'SLOVAKIA_DRIVERS_LICENSE';
const engine = createEngine([skDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit is published (Microsoft Purview's "Slovakia driver's license number": one letter or
// digit followed by seven digits), so these tests check the shape, the keyword rule and the overlap with
// the other 8-character licences.
describe('slovakia-drivers-license: shape', () => {
  it('takes a letter or a digit and 7 digits', () => {
    expect(found('vodičský preukaz S4820137')).toEqual(['S4820137']);
    expect(found('vodičský preukaz 40918263')).toEqual(['40918263']);
    for (const v of ['S48201375', '4820137', 'SK4820137', 'S 4820137']) expect(found(`vodičský preukaz ${v}`)).toEqual([]);
  });
  it('rejects zero, one digit repeated and dates', () => {
    for (const v of ['S0000000', '55555555', '20230115', '19991231']) expect(found(`vodičský preukaz ${v}`)).toEqual([]);
  });
});

describe('slovakia-drivers-license: keywords', () => {
  it('finds the value next to the Slovak keywords, with and without diacritics, in any case', () => {
    for (const k of ['vodičský preukaz', 'vodicsky preukaz', 'Číslo vodičského preukazu:', 'VODIČSKÝ PREUKAZ']) {
      expect(found(`${k} S4820137`)).toEqual(['S4820137']);
    }
  });
  it('takes the English keyword only when Slovakia is named near', () => {
    expect(found("driver's licence S4820137")).toEqual([]);
    expect(found("Slovak driver's licence S4820137")).toEqual(['S4820137']);
  });
  it('is not found without a keyword', () => {
    expect(found('objednávka S4820137 odoslaná')).toEqual([]);
  });
});

describe('slovakia-drivers-license: beside the US and Austrian detectors', () => {
  const all = createEngine([skDl, atDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword decides', () => {
    expect(types('vodičský preukaz 40918263')).toEqual([`40918263 ${TYPE}`]);
    expect(types('Führerschein 40918263')).toEqual(['40918263 AUSTRIA_DRIVERS_LICENSE']);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types("driver's license S4820137")).toEqual(['S4820137 DRIVERS_LICENSE']);
  });
});

describe('slovakia-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Vodič: Ján Novák, číslo vodičského preukazu S4820137, platný do 2031');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['S4820137']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order S4820137 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
