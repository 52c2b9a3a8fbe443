import { describe, expect, it } from 'vitest';
import ausweis from '../../detectors/germany-national-identification-number.js';
import passport from '../../detectors/germany-passport-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

/** The validator in the context of a German keyword (needed by the old all-digit numbers). */
const valid = (v: string): unknown => {
  const text = `Personalausweis ${v}`;
  const ctx: MatchContext = { hasKeyword: true, text, start: 16, end: 16 + v.length, minConfidence: 'low' };
  return ausweis.validate!(v, ctx);
};
const engine = createEngine([ausweis]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('germany-national-identification-number: values published by others', () => {
  // The 2010 specimen card (Bundesdruckerei "Mustermann"), machine-readable zone IDD<<T220001293:
  // koblas/stdnum-js src/de/pwnr.spec.ts ('T220001293', 'T22000129364081252010315D4').
  it('accepts T220001293 and rejects T220001294 (stdnum-js pwnr.spec.ts)', () => {
    expect(valid('T220001293')).toBe(true);
    expect(valid('T220001294')).toBe(false);
  });
  // The 2019 specimen card: stdnum-js pwnr.spec.ts 'L01X00T471'.
  it('accepts L01X00T471 (stdnum-js pwnr.spec.ts)', () => {
    expect(valid('L01X00T471')).toBe(true);
    expect(valid('L01X00T472')).toBe(false);
  });
  // The pre-2010 specimen card: stdnum-js pwnr.spec.ts '1220001297D640812517103198'.
  it('accepts the old 1220001297 and rejects 1220001298 (stdnum-js pwnr.spec.ts)', () => {
    expect(valid('1220001297')).toBe(true);
    expect(valid('1220001298')).toBe(false);
  });
  // A Spock test of a municipal service portal (PersonalausweisnummerValidatorSpecification): L9F6MKYMJ0.
  it('accepts L9F6MKYMJ0', () => {
    expect(valid('L9F6MKYMJ0')).toBe(true);
  });
  it('accepts the 9-character serial without its check digit', () => {
    expect(valid('T22000129')).toBe(true);
  });
});

describe('germany-national-identification-number: matching', () => {
  it('ignores the specimen cards', () => {
    expect(found('Personalausweis T22000129, T220001293, L01X00T47, 1220001297')).toEqual([]);
  });
  it('takes the ID-card letters only; C F G H J K are passports', () => {
    expect(found('Ausweisnummer C01234565')).toEqual([]);
    expect(found('Ausweisnummer A01234565')).toEqual([]);
    expect(found('Ausweisnummer M0WF91HM3')).toEqual(['M0WF91HM3']);
  });
  it('reports the old all-digit numbers next to a German keyword only', () => {
    expect(found('Ausweis-Nr. 9345430464')).toEqual(['9345430464']);
    expect(found('personal ID 9345430464')).toEqual([]);
  });
  it('uses the CSV column header as keyword for the old numbers', () => {
    const text = '9345430464';
    const m = engine.detect(text, 0, text.length, { labels: ['Personalausweisnummer'] });
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual(['9345430464']);
  });
  it('never shares a value with the passport detector', () => {
    const both = createEngine([ausweis, passport]);
    const types = (t: string): string[] => both.detect(t).map((m) => m.type);
    expect(types('Personalausweis M0WF91HM3')).toEqual(['GERMANY_NATIONAL_IDENTIFICATION_NUMBER']);
    expect(types('Reisepass C01234565')).toEqual(['GERMANY_PASSPORT_NUMBER']);
    expect(types('Reisepass M0WF91HM3')).toEqual([]);
  });
});

describe('germany-national-identification-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Personalausweisnummer: M0WF91HM3');
    expect(f.filter((x) => x.type === 'GERMANY_NATIONAL_IDENTIFICATION_NUMBER').map((x) => x.text)).toEqual(['M0WF91HM3']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Bestellung M0WF91HM3 versandt').filter((x) => x.type === 'GERMANY_NATIONAL_IDENTIFICATION_NUMBER')).toEqual([]);
  });
});
