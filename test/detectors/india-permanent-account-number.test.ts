import { describe, expect, it } from 'vitest';
import pan from '../../detectors/india-permanent-account-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => pan.validate!(v, ctx);
const engine = createEngine([pan]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('india-permanent-account-number: values published by others', () => {
  // python-stdnum stdnum/in_/pan.py docstring (ACUPA7085R, AAPPV8261K) and tests/test_in_pan.doctest.
  it.each(['ACUPA7085R', 'AAKFD7113K', 'AAPPV8261K', 'ABMPA3211G', 'AFZPK7190K'])('accepts %s (python-stdnum)', (v) => {
    expect(valid(v)).toBe(true);
    expect(found(`PAN card: ${v}`)).toEqual([v]);
  });
  // python-stdnum: ABMXA3211G has an invalid holder type (X), ABMPA32111 a digit as check character.
  it('rejects ABMXA3211G and ABMPA32111 (python-stdnum)', () => {
    expect(valid('ABMXA3211G')).toBe(false);
    expect(found('PAN card: ABMXA3211G, PAN card: ABMPA32111')).toEqual([]);
  });
  it('rejects the serial 0000 (python-stdnum)', () => expect(valid('ACUPA0000R')).toBe(false));
});

describe('india-permanent-account-number: matching', () => {
  it('knows the holder types of the Income Tax Department and python-stdnum', () => {
    for (const t of 'ABCFGHJKLPT') expect(found(`PAN number BQW${t}K4821L`)).toEqual([`BQW${t}K4821L`]);
    for (const t of 'DEIMNOQRSUVWXYZ') expect(found(`PAN number BQW${t}K4821L`)).toEqual([]);
  });
  it('accepts the keyword spellings', () => {
    for (const k of ['Permanent Account Number', 'PAN No.', 'pan_number', 'e-PAN', 'PAN Card No']) {
      expect(found(`${k}: BQWPK4821L`)).toEqual(['BQWPK4821L']);
    }
  });
  it('does not take the card-number abbreviation PAN as its keyword', () => {
    expect(found('PAN: BQWPK4821L')).toEqual([]);
    expect(found('masked pan BQWPK4821L')).toEqual([]);
  });
  it('ignores the published example AAAPL1234C', () => {
    expect(found('PAN number AAAPL1234C')).toEqual([]);
  });
});

describe('india-permanent-account-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Please quote your PAN number BQWPK4821L on the form.');
    expect(f.filter((x) => x.type === 'INDIA_PERMANENT_ACCOUNT_NUMBER').map((x) => x.text)).toEqual(['BQWPK4821L']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('code BQWPK4821L here').filter((x) => x.type === 'INDIA_PERMANENT_ACCOUNT_NUMBER')).toEqual([]);
  });
});
