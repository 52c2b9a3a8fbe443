import { describe, expect, it } from 'vitest';
import driversLicense from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([driversLicense]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('drivers-license', () => {
  it.each([
    ['CA', 'D1234567'],
    ['FL', 'S530-460-78-123-0'],
    ['IL', 'A123-4567-8901'],
    ['NJ', 'U62928788557186'],
    ['WI', 'S5304607812345'],
    ['NH', '12ABC34567'],
    ['IA', '123AB4567'],
    ['ND', 'ABC123456'],
    ['ID', 'AB123456C'],
    ['WA (2018)', 'WDL1234567AB'],
    ['WA (old)', 'SMITHJ*123AB'],
    ['TX', '12345678'],
    ['PA', '28394756'],
  ])('finds the %s format %s', (_state, value) => {
    expect(found(`Driver's License: ${value}`)).toEqual([value]);
  });

  it('follows the keyword rule: 30 characters either side, the usual spellings', () => {
    expect(found(`DL# ${' '.repeat(26)}D1234567`)).toEqual(['D1234567']);
    expect(found(`DL# ${' '.repeat(30)}D1234567`)).toEqual([]);
    expect(found('D1234567 (driving licence)')).toEqual(['D1234567']);
    expect(found('drivers_license_number=D1234567')).toEqual(['D1234567']);
    expect(found('customer D1234567 ordered')).toEqual([]);
  });

  it('rejects shapes no state uses, letters only and one repeated digit', () => {
    expect(found("driver's license C12T345672, ABCDEFGHI, 000000000, 1111111")).toEqual([]);
  });

  it('handles 200 KB of adversarial text near a keyword quickly', () => {
    for (const text of [`driver license ${'A-'.repeat(100_000)}`, `DL# ${'A1'.repeat(100_000)}`, `DL# ${'1-2 '.repeat(50_000)}`]) {
      const t0 = performance.now();
      engine.detect(text);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
