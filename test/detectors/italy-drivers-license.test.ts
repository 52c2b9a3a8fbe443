import { describe, expect, it } from 'vitest';
import itDl, { italianDriversLicenseValid } from '../../detectors/italy-drivers-license.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

/** All driver's licence findings of scanText, as "TYPE value", sorted. */
const types = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.type.endsWith('DRIVERS_LICENSE'))
    .map((f) => `${f.type} ${f.text}`)
    .sort();

const engine = createEngine([itDl]);
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'ITALY_DRIVERS_LICENSE';

describe('italy-drivers-license: formats published by others', () => {
  // brumbrum.it "Numero patente: dove si trova" (U1H68I903B: "sigla U1, 7 caratteri alfanumerici,
  // 1 carattere alfabetico di controllo"); automoto.it describes the same structure.
  it('accepts the published card number (which the detector then ignores as published)', () => {
    expect(italianDriversLicenseValid('U1H68I903B')).toBe(true);
    expect(found('patente di guida U1H68I903B')).toEqual([]);
  });
  // Microsoft Purview "Italy driver's license number": a letter, A or V, seven digits, a letter.
  it('takes Purview\'s shape and rejects its near misses', () => {
    expect(italianDriversLicenseValid('MA2315809K')).toBe(true);
    expect(italianDriversLicenseValid('RV6038412B')).toBe(true);
    expect(italianDriversLicenseValid('MB2315809K')).toBe(false); // neither A nor V
    expect(italianDriversLicenseValid('MA231580K')).toBe(false); // six digits
    expect(italianDriversLicenseValid('MA23158091')).toBe(false); // ends in a digit
    expect(italianDriversLicenseValid('U1H68I903')).toBe(false); // no check letter
    expect(italianDriversLicenseValid('U1H68I9031')).toBe(false); // check character a digit
  });
});

describe('italy-drivers-license: keywords', () => {
  it('finds a value next to the Italian and English keywords', () => {
    for (const kw of ['Patente di guida', 'numero patente', 'N. patente', "driver's licence"]) expect(found(`${kw}: U1K27R504T`)).toEqual(['U1K27R504T']);
  });
  it('reports the right type through scanText, and nothing without a keyword', () => {
    expect(types('Numero di patente: U1K27R504T')).toEqual([`${TYPE} U1K27R504T`]);
    expect(types('Ordine U1K27R504T spedito')).toEqual([]);
  });
});
