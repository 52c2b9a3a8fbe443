import { describe, expect, it } from 'vitest';
import ptDl, { portugueseDriversLicenseValid } from '../../detectors/portugal-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'PORTUGAL_DRIVERS_LICENSE';
const engine = createEngine([ptDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check-digit algorithm is published (Microsoft Purview's "Portugal driver's license number": two
// letters, a hyphen, five or six digits, a space, one digit; or one letter, a hyphen, six or eight digits,
// a space, one digit), so these tests check the documented shapes and the keyword rule.
describe("portugal-drivers-license: Purview's shapes", () => {
  it('takes two letters with 5 or 6 digits and one letter with 6 or 8 digits', () => {
    for (const v of ['AV-12345 6', 'AV-123456 7', 'L-482193 5', 'P-30718264 2']) {
      expect(portugueseDriversLicenseValid(v)).toBe(true);
      expect(found(`carta de condução ${v}`)).toEqual([v]);
    }
  });
  it('rejects the other lengths and separators', () => {
    for (const v of ['AV-1234567 7', 'AV-1234 5', 'L-4821935 5', 'L-48219 5', 'AV123456 7', 'AV-1234567', 'AV-123456 78', 'ABC-123456 7']) {
      expect(found(`carta de condução ${v}`)).toEqual([]);
    }
  });
  it('rejects a zero serial and one digit repeated', () => {
    expect(found('carta de condução AV-000000 4')).toEqual([]);
    expect(found('carta de condução L-111111 1')).toEqual([]);
  });
});

describe('portugal-drivers-license: keywords', () => {
  it('finds the value next to the Portuguese keywords, with and without accents, and the English ones', () => {
    for (const k of ['carta de condução', 'Carta de Conducao', 'N.º da carta de condução:', 'permissão de condução', "driver's licence"]) {
      expect(found(`${k} AV-123456 7`)).toEqual(['AV-123456 7']);
    }
  });
  it('is not found without a keyword', () => {
    expect(found('encomenda AV-123456 7 enviada')).toEqual([]);
  });
});

describe('portugal-drivers-license: beside the US detector', () => {
  it('the whole number is Portuguese, not its AV-123456 part', () => {
    const both = createEngine([ptDl, usDl]);
    const t = toByteString("driver's license AV-123456 7");
    expect(both.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`)).toEqual([`AV-123456 7 ${TYPE}`]);
  });
});

describe('portugal-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Condutor: João Silva, carta de condução n.º L-482193 5, válida até 2031');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['L-482193 5']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('referência L-482193 5 enviada').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
