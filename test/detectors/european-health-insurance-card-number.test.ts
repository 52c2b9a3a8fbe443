import { describe, expect, it } from 'vitest';
import ehic from '../../detectors/european-health-insurance-card-number.js';
import fiEhic from '../../detectors/finland-european-health-insurance-number.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([ehic]);
/** engine.detect scans byte strings (UTF-8 bytes as Latin-1 characters): accented texts are converted. */
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'EUROPEAN_HEALTH_INSURANCE_CARD_NUMBER';
const FI_TYPE = 'FINLAND_EUROPEAN_HEALTH_INSURANCE_NUMBER';
const ehicTypes = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.type === TYPE || f.type === FI_TYPE)
    .map((f) => `${f.type} ${f.text}`);

describe('european-health-insurance-card-number: the documented structure', () => {
  // ISO/IEC 7812-1: health-card issuer numbers are "80" + the ISO 3166-1 numeric country code;
  // NHSBSA: 20 characters, 10 for the issuer, 10 for the card's serial number. Microsoft Purview's
  // Finnish definition: 8024680246 + optional space or hyphen + 10 digits.
  it('takes 80 + the code of an EHIC-issuing country', () => {
    expect(found('EHIC 80040000010123456789')).toEqual(['80040000010123456789']); // Austria 040
    expect(found('Gesundheitskarte 80276 88110 0123456789')).toEqual(['80276 88110 0123456789']); // Germany 276
    expect(found('CEAM 8025000000-0123456789')).toEqual(['8025000000-0123456789']); // France 250
    expect(found('Europäische Krankenversicherungskarte: 80756000010123456789')).toEqual(['80756000010123456789']); // Switzerland 756
    expect(found('GHIC 80826000010123456789')).toEqual(['80826000010123456789']); // United Kingdom 826
  });
  it('rejects other prefixes and countries, and empty serials', () => {
    expect(found('EHIC 80840000010123456789')).toEqual([]); // 840 United States
    expect(found('EHIC 80124000010123456789')).toEqual([]); // 124 Canada
    expect(found('EHIC 89276000010123456789')).toEqual([]); // 89: telecom (ITU E.118), not health
    expect(found('EHIC 80276000010000000000')).toEqual([]);
    expect(found('EHIC 80276000019999999999')).toEqual([]);
  });
  it('does not take part of a longer number', () => {
    expect(found('EHIC 802760000101234567890')).toEqual([]);
    expect(found('EHIC 9 80276000010123456789')).toEqual([]);
    expect(found('EHIC 8027600001012345678')).toEqual([]); // 19 digits
  });
  it('needs its keyword within 30 characters, in any of its languages', () => {
    expect(found(`EHIC${' '.repeat(31)}80276000010123456789`)).toEqual([]);
    expect(found("carte européenne d'assurance maladie 80250000000123456789")).toEqual(['80250000000123456789']);
    expect(found('TARJETA SANITARIA EUROPEA 80724000020123456789')).toEqual(['80724000020123456789']);
    expect(found('sjukförsäkringskort 80752000010123456789')).toEqual(['80752000010123456789']);
  });
});

describe('european-health-insurance-card-number and the Finnish identifier', () => {
  it('leaves a Finnish card near a Finnish keyword to FINLAND_EUROPEAN_HEALTH_INSURANCE_NUMBER', () => {
    expect(found('EHIC 8024680246 0123456789')).toEqual([]);
    expect(ehicTypes('EHIC 8024680246 0123456789')).toEqual([`${FI_TYPE} 8024680246 0123456789`]);
  });
  it('reports a Finnish card near a keyword only the EU identifier has', () => {
    expect(ehicTypes('Krankenversicherungskarte 8024680246 0123456789')).toEqual([`${TYPE} 8024680246 0123456789`]);
  });
  it('the Finnish identifier matches Finnish issuers only', () => {
    const fi = createEngine([fiEhic]);
    expect(fi.detect('EHIC 80276000010123456789')).toEqual([]);
  });
});

describe('european-health-insurance-card-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Name: Jane Roe\nEuropean Health Insurance Card: 80380000012233445566\nExpiry: 2030-01-01');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['80380000012233445566']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Tracking 80380000012233445566 delivered').filter((x) => x.type === TYPE)).toEqual([]);
  });
  it('does not collide with the Canadian health number or the US HICN on "health card"', () => {
    const f = scanText('health card 8027600001 0123456789');
    expect(f.map((x) => x.type).filter((t) => t.includes('HEALTH'))).toEqual([TYPE]);
  });
});
