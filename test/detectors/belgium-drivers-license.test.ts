import { describe, expect, it } from 'vitest';
import beDl from '../../detectors/belgium-drivers-license.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

/** All driver's licence findings of scanText, as "TYPE value", sorted. */
const types = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.type.endsWith('DRIVERS_LICENSE'))
    .map((f) => `${f.type} ${f.text}`)
    .sort();

const engine = createEngine([beDl]);
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'BELGIUM_DRIVERS_LICENSE';

// No check digit is published for the Belgian licence number (Purview: "Checksum: No"), and no example
// value was found in public documentation: these tests check the documented shape and the keyword rule.
describe('belgium-drivers-license: shape (Purview: 10 digits without spaces or delimiters)', () => {
  it('takes exactly 10 digits', () => {
    expect(found('permis de conduire 2047193856')).toEqual(['2047193856']);
    expect(found('permis de conduire 204719385')).toEqual([]);
    expect(found('permis de conduire 20471938561')).toEqual([]);
    expect(found('permis de conduire 3333333333')).toEqual([]);
  });
});

describe('belgium-drivers-license: keywords', () => {
  it('finds the value next to the keywords of the three languages', () => {
    for (const kw of ['Rijbewijs', 'Numéro permis conduire', 'Führerschein', 'FÜHRERSCHEINNUMMER']) {
      expect(found(`${kw}: 2047193856`)).toEqual(['2047193856']);
    }
  });
  it('needs a native keyword or Belgium named, not only an English keyword', () => {
    expect(found("driver's license 2047193856")).toEqual([]);
    expect(found("Belgian driver's license 2047193856")).toEqual(['2047193856']);
  });
  it('reports the right type through scanText; "rijbewijs" alone is Dutch and Belgian', () => {
    expect(types('Permis de conduire : 2047193856')).toEqual([`${TYPE} 2047193856`]);
    expect(types('rijbewijs: 2047193856')).toEqual([`${TYPE} 2047193856`, 'NETHERLANDS_DRIVERS_LICENSE 2047193856'].sort());
    expect(types('Belgisch rijbewijs: 2047193856')).toEqual([`${TYPE} 2047193856`]);
    expect(types('Nederlandse rijbewijs: 2047193856')).toEqual(['NETHERLANDS_DRIVERS_LICENSE 2047193856']);
    expect(types("Belgian driver's licence 2047193856")).toEqual([`${TYPE} 2047193856`]);
    expect(types('Commande 2047193856 envoyée')).toEqual([]);
  });
});
