import { describe, expect, it } from 'vitest';
import auDl from '../../detectors/australia-drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([auDl]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'AUSTRALIA_DRIVERS_LICENSE';
const dlTypes = (text: string): string[] =>
  scanText(text)
    .filter((f) => f.type.endsWith('DRIVERS_LICENSE'))
    .map((f) => `${f.type} ${f.text}`)
    .sort();

describe('australia-drivers-license: the published state formats', () => {
  // Microsoft Purview, "Australia driver's license number" (older definition): 2-2-4, 3-3-3 / 3-3-4,
  // 1-3-3-3 digit groups with an optional space or hyphen, 7 digits, letter + 5 digits, 2 letters + 4
  // digits, 4 digits + 2 letters; newer definition: 1–2 optional letters + 4–9 digits.
  it('takes each Purview shape with an Australian place named', () => {
    expect(found('NSW driver licence 12-34-5678')).toEqual(['12-34-5678']);
    expect(found('Queensland driver licence 123 456 789')).toEqual(['123 456 789']);
    expect(found('Victoria driver licence 123-456-7890')).toEqual(['123-456-7890']);
    expect(found('ACT driver licence 1 234 567 890')).toEqual(['1 234 567 890']);
    expect(found('Western Australia driver licence 7654321')).toEqual(['7654321']);
    expect(found('South Australia driver licence S12345')).toEqual(['S12345']);
    expect(found('Tasmania driver licence AB1234')).toEqual(['AB1234']);
    expect(found('NSW driver licence 1234AB')).toEqual(['1234AB']);
    expect(found('QLD driving licence A123456789')).toEqual([]); // letter + 9 digits: too long
  });
  it('needs an Australian place or authority, not just the shared English keyword', () => {
    expect(found("driver's licence 12345678")).toEqual([]);
    expect(found("VicRoads driver's licence 12345678")).toEqual(['12345678']);
    expect(found("driver's licence 12345678 (NT)")).toEqual(['12345678']);
    expect(found("driver's licence 12345678 (nt)")).toEqual([]); // abbreviations only as capitals
    expect(found("WA driver's licence 12345678")).toEqual([]); // WA is also Washington
  });
  it('takes the place from a column header too', () => {
    const text = 'driver licence: 12345678';
    expect(engine.detect(text, 0, text.length, { labels: ['nsw_licence'] }).map((m) => text.slice(m.start, m.end))).toEqual(['12345678']);
    expect(engine.detect(text, 0, text.length, { labels: ['licence'] })).toEqual([]);
  });
  it('rejects repeated digits, dates and partial numbers', () => {
    expect(found('NSW driver licence 00000000')).toEqual([]);
    expect(found('NSW driver licence 20240229')).toEqual([]);
    expect(found('NSW driver licence 12345678901')).toEqual([]);
    expect(found('NSW driver licence 9 123 456 789 0')).toEqual([]);
  });
});

describe('australia-drivers-license: end to end', () => {
  it('an Australian licence named as such is reported as Australian only', () => {
    expect(dlTypes("Australian driver's licence 14725836")).toEqual([`${TYPE} 14725836`]);
    expect(dlTypes("New South Wales driver's licence 14725836")).toEqual([`${TYPE} 14725836`]);
    expect(dlTypes("Queensland driver licence 14725836")).toEqual([`${TYPE} 14725836`]);
  });
  it('a licence with no Australian place named is not Australian', () => {
    expect(dlTypes("driver's licence 14725836").some((t) => t.startsWith(TYPE))).toBe(false);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Sydney NSW 2000, order 14725836').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
