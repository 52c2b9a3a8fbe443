import { describe, expect, it } from 'vitest';
import esDl, { spanishDriversLicenseValid } from '../../detectors/spain-drivers-license.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

/** All driver's licence findings of scanText, as "TYPE value", sorted. */
const types = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.type.endsWith('DRIVERS_LICENSE'))
    .map((f) => `${f.type} ${f.text}`)
    .sort();

const engine = createEngine([esDl]);
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'SPAIN_DRIVERS_LICENSE';

describe('spain-drivers-license: check letter against values published by others', () => {
  // python-stdnum stdnum/es/dni.py doctest: 54362315-K valid, 54362315Z wrong check letter.
  it('accepts the DNI of python-stdnum and rejects its broken one', () => {
    expect(spanishDriversLicenseValid('54362315-K')).toBe(true);
    expect(spanishDriversLicenseValid('54362315Z')).toBe(false);
    expect(found('permiso de conducción 54362315-K')).toEqual(['54362315-K']);
    expect(found('permiso de conducción 54362315Z')).toEqual([]);
  });
  // python-stdnum stdnum/es/nie.py doctest: x-2482300w valid (upper case here), x-2482300a wrong letter.
  it('accepts the NIE of python-stdnum and rejects its broken one', () => {
    expect(spanishDriversLicenseValid('X-2482300W')).toBe(true);
    expect(spanishDriversLicenseValid('X-2482300A')).toBe(false);
    expect(found('licencia de manejo X2482300W')).toEqual(['X2482300W']);
  });
  it('ignores the specimen DNI 12345678Z and the documentation NIE X1234567L', () => {
    expect(spanishDriversLicenseValid('12345678Z')).toBe(true);
    expect(spanishDriversLicenseValid('X1234567L')).toBe(true);
    expect(found('permiso de conducir 12345678Z, carnet de conducir X1234567L')).toEqual([]);
  });
});

describe('spain-drivers-license: keywords', () => {
  it('finds a value next to the Spanish keywords, accented or not', () => {
    for (const kw of ['PERMISO DE CONDUCCIÓN', 'permiso de conduccion', 'Licencia de manejo', 'carné de conducir', "driver's license"]) {
      expect(found(`${kw}: 47392816M`)).toEqual(['47392816M']);
    }
  });
  it('reports the right type through scanText, and nothing without a keyword', () => {
    expect(types('Permiso de conducción: 47392816M')).toEqual([`${TYPE} 47392816M`]);
    expect(types('Pedido 47392816M enviado')).toEqual([]);
  });
});
