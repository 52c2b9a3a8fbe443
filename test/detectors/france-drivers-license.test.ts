import { describe, expect, it } from 'vitest';
import frDl, { frenchDriversLicenseValid } from '../../detectors/france-drivers-license.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

/** All driver's licence findings of scanText, as "TYPE value", sorted. */
const types = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.type.endsWith('DRIVERS_LICENSE'))
    .map((f) => `${f.type} ${f.text}`)
    .sort();

const engine = createEngine([frDl]);
/** engine.detect scans byte strings (UTF-8 bytes as Latin-1 characters): accented texts are converted. */
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'FRANCE_DRIVERS_LICENSE';

describe('france-drivers-license: formats published by others', () => {
  // cheminfo/mrz src/parse/__tests__/frenchDrivingLicense.test.ts: the specimen card's MRZ
  // D1FRA13AA000026181231MARTIN<<9 holds the document number 13AA00002.
  it('accepts the specimen card number (which the detector then ignores as published)', () => {
    expect(frenchDriversLicenseValid('13AA00002')).toBe(true);
    expect(found('permis de conduire 13AA00002')).toEqual([]);
  });
  // Trellix DLP "France Drivers License Number": YY, month 01–12, département 01–95 or 2A/2B except 20,
  // 6 digits. Purview: 12 digits, French telephone numbers discounted.
  it('checks the month and the département of the 12-character form', () => {
    expect(frenchDriversLicenseValid('120575123456')).toBe(true);
    expect(frenchDriversLicenseValid('12052A123456')).toBe(true);
    expect(frenchDriversLicenseValid('12052B123456')).toBe(true);
    expect(frenchDriversLicenseValid('120595123456')).toBe(true);
    expect(frenchDriversLicenseValid('120500123456')).toBe(false); // département 00
    expect(frenchDriversLicenseValid('120520123456')).toBe(false); // 20: Corsica split in 1976
    expect(frenchDriversLicenseValid('120596123456')).toBe(false); // 96
    expect(frenchDriversLicenseValid('120075123456')).toBe(false); // month 00
    expect(frenchDriversLicenseValid('121375123456')).toBe(false); // month 13
    expect(frenchDriversLicenseValid('330612345678')).toBe(false); // +33 06 12 34 56 78
    expect(frenchDriversLicenseValid('13AA00000')).toBe(false); // card serial zero
  });
  // Veritas.Government.FR PermisDeConduireTests: 11 digits and 11 digits + a letter are not numbers.
  it.each(['12345678901', '12345678901A'])('rejects %s (Veritas PermisDeConduireTests)', (v) => {
    expect(frenchDriversLicenseValid(v)).toBe(false);
  });
});

describe('france-drivers-license: keywords', () => {
  it('finds the forms next to the French keywords', () => {
    expect(found('Numéro de permis : 12 05 75 123456')).toEqual(['12 05 75 123456']);
    expect(found('PERMIS DE CONDUIRE n° 15AB01234')).toEqual(['15AB01234']);
    expect(found('NEPH 120575123456')).toEqual(['120575123456']);
  });
  it('needs French context for 12 digits (a US licence shape too), not for the lettered forms', () => {
    expect(found("driver's license 120575123456")).toEqual([]);
    expect(found("French driver's license 120575123456")).toEqual(['120575123456']);
    expect(found("driver's license 15AB01234")).toEqual(['15AB01234']);
    expect(found("driver's license 12052A123456")).toEqual(['12052A123456']);
  });
  it('reports the right type through scanText, and nothing without a keyword', () => {
    expect(types('Permis de conduire : 120575123456')).toEqual([`${TYPE} 120575123456`]);
    expect(types('Commande 120575123456 expédiée')).toEqual([]);
  });
});
