import { describe, expect, it } from 'vitest';
import fiEhic from '../../detectors/finland-european-health-insurance-number.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([fiEhic]);
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'FINLAND_EUROPEAN_HEALTH_INSURANCE_NUMBER';

describe('finland-european-health-insurance-number: the documented shape', () => {
  // Microsoft Purview, "Finland european health insurance number": 10 digits 8024680246, an optional
  // space or hyphen, 10 digits; no checksum. (No real or specimen card number is published.)
  it('takes the Purview forms', () => {
    expect(found('EHIC 80246802460123456789')).toEqual(['80246802460123456789']);
    expect(found('EHIC 8024680246 0123456789')).toEqual(['8024680246 0123456789']);
    expect(found('EHIC 8024680246-0123456789')).toEqual(['8024680246-0123456789']);
  });
  it('rejects other issuers, empty serials and wrong lengths', () => {
    expect(found('EHIC 80246802470123456789')).toEqual([]);
    expect(found('EHIC 80276802460123456789')).toEqual([]);
    expect(found('EHIC 80246802460000000000')).toEqual([]);
    expect(found('EHIC 8024680246012345678')).toEqual([]);
    expect(found('EHIC 802468024601234567890')).toEqual([]);
  });
  it('knows the Finnish and Swedish keywords, with and without diacritics', () => {
    expect(found('Sairausvakuutuskortti: 8024680246 0123456789')).toEqual(['8024680246 0123456789']);
    expect(found('Hälsokort 8024680246 0123456789')).toEqual(['8024680246 0123456789']);
    expect(found('HÄLSOKORT 8024680246 0123456789')).toEqual(['8024680246 0123456789']);
    expect(found('finlandEhicNumber# 80246802460123456789')).toEqual(['80246802460123456789']);
  });
});

describe('finland-european-health-insurance-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Nimi: Matti Meikäläinen\nEurooppalainen sairaanhoitokortti 8024680246-0011223344');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['8024680246-0011223344']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('ref 8024680246-0011223344').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
