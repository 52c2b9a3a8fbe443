import { describe, expect, it } from 'vitest';
import iban from '../../detectors/iban.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([iban]);
const found = (text: string): string[] => engine.detect(text).map((m) => `${text.slice(m.start, m.end)} ${m.type}`);

describe('iban: typed in lower case', () => {
  it.each([
    ['my iban is gb42nawi04454264788619', 'gb42nawi04454264788619 UK_BANK_ACCOUNT_NUMBER'],
    ['IBAN: de89 3704 0044 0532 0130 00', 'de89 3704 0044 0532 0130 00 GERMANY_BANK_ACCOUNT_NUMBER'],
  ])('reports %j after the word "iban", validated in upper case', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    'key gb29nwbk60161331926819 here', // no "iban" before it
    'iban: gb29nwbk60161331926818', // bad check digits
    'iban Gb29NWBK60161331926819', // mixed case
  ])('reports nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('gives a lower-case IBAN the fingerprint value of its upper-case form', () => {
    expect(iban.normalize!('gb29 nwbk 6016 1331 9268 19')).toBe('GB29NWBK60161331926819');
  });
});
