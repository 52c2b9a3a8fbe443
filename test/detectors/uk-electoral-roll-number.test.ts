import { describe, expect, it } from 'vitest';
import electoral from '../../detectors/uk-electoral-roll-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([electoral]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'UK_ELECTORAL_ROLL_NUMBER';

describe('uk-electoral-roll-number: the shape others publish', () => {
  // Trellix DLP "UK Electoral Roll Number": \b[A-Z]{2,3}\d{1,4}\b, example ABC2345 (ignored here as a
  // documentation example). Microsoft Purview "U.K. electoral roll number": two letters and 1–4 digits.
  it('finds 2–3 letters and 1–4 digits, and ignores the documentation example', () => {
    for (const v of ['AB1', 'AB12', 'AB123', 'AB1234', 'ABC1', 'ABC234']) expect(found(`electoral number ${v}`)).toEqual([v]);
    expect(found('electoral number ABC2345')).toEqual([]);
    expect(found('electoral number ABC-2345')).toEqual([]);
  });
  it('rejects other shapes', () => {
    expect(found('electoral number A1234, ABCD1234, AB12345, AB, 1234, AB0, ab1234')).toEqual([]);
  });
  it('reads the separators and the suffix of electors added between two others', () => {
    for (const v of ['KA-1234', 'KA 1234', 'KA1234/1', 'KA-1234/12', 'KA1234-2']) expect(found(`electoral roll # ${v}`)).toEqual([v]);
    expect(electoral.normalize!('KA-1234-2')).toBe('KA1234/2');
    expect(electoral.normalize!('KA 1234')).toBe('KA1234');
  });
  it('does not take an abbreviation after the keyword for a polling district', () => {
    expect(found('ELECTORAL ROLL NUMBER NO 1234')).toEqual([]);
    expect(found('ELECTORAL NUMBER REF 12')).toEqual([]);
  });
});

describe('uk-electoral-roll-number: keywords (macie.md, exactly)', () => {
  it.each(['electoral #', 'electoral number', 'electoral roll #', 'Electoral Roll No.', 'electoral roll number', 'electoralrollno', 'electoral_roll_number', 'electoralRollNumber'])(
    'finds the number after %s',
    (kw) => expect(found(`${kw}: KA1234`)).toEqual(['KA1234']),
  );
  it('needs one of them within 30 characters', () => {
    expect(found('electoral register KA1234')).toEqual([]);
    expect(found('poll card KA1234')).toEqual([]);
    expect(found(`electoral number${' '.repeat(31)}KA1234`)).toEqual([]);
  });
});

describe('uk-electoral-roll-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Name: Jane Roe, Electoral roll number: KA-1234/1, polling station: Village Hall');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['KA-1234/1']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Flight KA1234 departs at 10:00').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
