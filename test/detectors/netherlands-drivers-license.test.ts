import { describe, expect, it } from 'vitest';
import nlDl from '../../detectors/netherlands-drivers-license.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

/** All driver's licence findings of scanText, as "TYPE value", sorted. */
const types = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.type.endsWith('DRIVERS_LICENSE'))
    .map((f) => `${f.type} ${f.text}`)
    .sort();

const engine = createEngine([nlDl]);
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'NETHERLANDS_DRIVERS_LICENSE';

// No check digit is published for the Dutch licence number (Purview: "Checksum: No"), and no example
// value was found in public documentation: these tests check the documented shape and the keyword rule.
describe('netherlands-drivers-license: shape (Purview: 10 digits without spaces or delimiters)', () => {
  it('takes exactly 10 digits', () => {
    expect(found('rijbewijsnummer 5081937246')).toEqual(['5081937246']);
    expect(found('rijbewijsnummer 508193724')).toEqual([]);
    expect(found('rijbewijsnummer 50819372461')).toEqual([]);
    expect(found('rijbewijsnummer 5081 937 246')).toEqual([]);
    expect(found('rijbewijsnummer 7777777777')).toEqual([]);
  });
});

describe('netherlands-drivers-license: keywords', () => {
  it('needs a Dutch keyword or the Netherlands named, not only an English keyword', () => {
    expect(found("driver's license 5081937246")).toEqual([]);
    expect(found("Dutch driver's license 5081937246")).toEqual(['5081937246']);
    expect(found('RIJBEWIJS: 5081937246')).toEqual(['5081937246']);
  });
  it('reports the right type through scanText, and nothing without a keyword', () => {
    expect(types("Dutch driver's licence: 5081937246")).toEqual([`${TYPE} 5081937246`]);
    expect(types('Bestelling 5081937246 verzonden')).toEqual([]);
    // The US detector's alone: no Dutch context.
    expect(types("driver's licence: 5081937246")).toEqual(['DRIVERS_LICENSE 5081937246']);
  });
});
