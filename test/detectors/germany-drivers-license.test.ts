import { describe, expect, it } from 'vitest';
import deDl, { germanDriversLicenseValid } from '../../detectors/germany-drivers-license.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
/** All driver's licence findings of scanText, as "TYPE value", sorted. */
const types = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.type.endsWith('DRIVERS_LICENSE'))
    .map((f) => `${f.type} ${f.text}`)
    .sort();

const engine = createEngine([deDl]);
/** engine.detect scans byte strings (UTF-8 bytes as Latin-1 characters): accented texts are converted. */
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'GERMANY_DRIVERS_LICENSE';

describe('germany-drivers-license: check digit against values published by others', () => {
  // de.wikipedia "Führerscheinnummer": the specimen licence's B072RRE2I55, check digit 5 (467 mod 11);
  // also the test value of DriversLicenseTest.java (de.dentrassi.vat.nfc.programmer.utils.validation).
  it('accepts the specimen number (which the detector then ignores as published)', () => {
    expect(germanDriversLicenseValid('B072RRE2I55')).toBe(true);
    expect(found('Führerschein B072RRE2I55')).toEqual([]);
  });
  // DriversLicenseTest.java (same project): B072RRE2I35 and B072RRE2I30 have a wrong check digit,
  // B072RRE2I3a is lower case, "Führerscheinnummer" and "P[]2@a,.<>?" are not numbers.
  it.each(['B072RRE2I35', 'B072RRE2I30', 'B072RRE2I3a', 'Führerscheinnummer', 'P[]2@a,.<>?', ''])('rejects %s (DriversLicenseTest.java)', (v) => {
    expect(germanDriversLicenseValid(v)).toBe(false);
  });
  it('takes any issue number (character 11 is outside the check) and X for remainder 10', () => {
    for (const n of '0123456789AZ') expect(germanDriversLicenseValid(`B072RRE2I5${n}`)).toBe(true);
    // 1·9 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 1·1 = 10 → X
    expect(germanDriversLicenseValid('100000001X1')).toBe(true);
    expect(germanDriversLicenseValid('10000000101')).toBe(false);
  });
});

describe('germany-drivers-license: keywords', () => {
  it('finds a value next to the German keywords, accented or not, as a word or camelCase part', () => {
    for (const kw of ['Führerschein', 'FÜHRERSCHEIN', 'Fuehrerscheinnummer', 'Führerschein-Nr.', 'fuehrerscheinNummer', "driver's licence"]) {
      expect(found(`${kw}: A123KLM4Z51`)).toEqual(['A123KLM4Z51']);
    }
  });
  it('needs German context for a value that is a US licence shape too', () => {
    expect(found("driver's license 11234567881")).toEqual([]);
    expect(found("German driver's license 11234567881")).toEqual(['11234567881']);
    expect(found('Führerschein 11234567881')).toEqual(['11234567881']);
  });
  it('reports the right type through scanText, and nothing without a keyword', () => {
    expect(types('Führerscheinnummer: A123KLM4Z51')).toEqual([`${TYPE} A123KLM4Z51`]);
    expect(types('Bestellung A123KLM4Z51 versandt')).toEqual([]);
  });
});
