import { describe, expect, it } from 'vitest';
import { countryMentionIn } from '../src/country-words.js';
import { toByteString } from '../src/bytes.js';
import { scanText } from '../src/index.js';

describe('country names in their own language, with letters beyond ASCII', () => {
  it.each([
    ['España', 'ES'],
    ['ESPAÑA', 'ES'],
    ['Österreich', 'AT'],
    ['ÖSTERREICH', 'AT'],
    ['Česká republika', 'CZ'],
    ['Magyarország', 'HU'],
    ['Ελλάδα', 'GR'],
    ['ΕΛΛΆΔΑ', 'GR'],
    ['България', 'BG'],
  ])('names a country in a byte string (file text) and in decoded text (headers, JSON paths): %s', (name, country) => {
    for (const text of [toByteString(`Teléfono ${name}:`), `Teléfono ${name}:`]) {
      expect(countryMentionIn(text)).toMatchObject({ country, word: name });
    }
  });
  it('does not name a country inside a longer word', () => {
    for (const text of ['Españas', 'xEspaña', 'Österreicher1']) {
      expect(countryMentionIn(toByteString(text))).toBeUndefined();
      expect(countryMentionIn(text)).toBeUndefined();
    }
  });
  it('validates a national phone number in the plan of the country named before it', () => {
    const phone = (text: string) => scanText(text).filter((f) => f.type.endsWith('PHONE_NUMBER')).map((f) => [f.type, f.text]);
    expect(phone('Teléfono (España): 612 345 678')).toEqual([['SPAIN_PHONE_NUMBER', '612 345 678']]);
    expect(phone('TELÉFONO ESPAÑA: 612 345 678')).toEqual([['SPAIN_PHONE_NUMBER', '612 345 678']]);
    expect(phone('Teléfono: 612 345 678')).toEqual([['PHONE_NUMBER', '612 345 678']]);
  });
});
