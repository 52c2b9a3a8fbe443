import { describe, expect, it } from 'vitest';
import vin from '../../detectors/vehicle-identification-number.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([vin]);
/** The engine scans byte strings (Latin-1 view of UTF-8), as the file scanner gives it. */
const found = (text: string): string[] => {
  const bytes = Buffer.from(text, 'utf8').toString('latin1');
  return engine.detect(bytes).map((m) => Buffer.from(bytes.slice(m.start, m.end), 'latin1').toString('utf8'));
};

describe('vehicle-identification-number', () => {
  it('checks the ISO 3779 check digit in position 9, X standing for 10', () => {
    expect(found('VIN: 1FTFW1ET9DFC10312')).toEqual(['1FTFW1ET9DFC10312']);
    for (let d = 0; d <= 9; d++) {
      if (d === 9) continue;
      expect(found(`VIN: 1FTFW1ET${d}DFC10312`)).toEqual([]);
    }
    expect(found('VIN 1GNEK13Z1XJ123456, 1GNEK13ZXXJ123456')).toEqual([]); // both fail
  });

  it('makes the check digit optional outside North America and China, at medium', () => {
    const conf = (text: string): string[] => engine.detect(text).map((m) => `${text.slice(m.start, m.end)} ${m.confidence}`);
    expect(conf('VIN: WVWZZZ1KZAW123456')).toEqual(['WVWZZZ1KZAW123456 medium']); // VW, filler Z in position 9
    expect(conf('Fahrgestellnummer WDD2050461A123457')).toEqual(['WDD2050461A123457 medium']);
    expect(conf('VIN: 1FTFW1ET9DFC10312')).toEqual(['1FTFW1ET9DFC10312 high']); // check digit valid
    expect(conf('VIN: 3FTFW1ET6DFC10312')).toEqual([]); // Mexico (North America): mandatory and wrong
    expect(conf('VIN: LSGPC52U6AF102550')).toEqual([]); // China: mandatory and wrong
  });

  it('accepts a check digit X', () => {
    // 2HGFG3B5XCH500006: weighted sum mod 11 = 10
    expect(found('VIN 2HGFG3B5XCH500006')).toEqual(['2HGFG3B5XCH500006']);
  });

  it('needs a keyword (any of the 8 languages)', () => {
    expect(found('Fahrgestellnummer: JH4KA7561PC008269')).toEqual(['JH4KA7561PC008269']);
    expect(found("numéro d'identification du véhicule JH4KA7561PC008269")).toEqual(['JH4KA7561PC008269']);
    expect(found('serial JH4KA7561PC008269')).toEqual([]);
  });

  it('does not report published example VINs', () => {
    expect(found('VIN 1M8GDM9AXKP042788 and VIN 1HGBH41JXMN109186')).toEqual([]);
  });
});
