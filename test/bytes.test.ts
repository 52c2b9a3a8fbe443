import { describe, expect, it } from 'vitest';
import { fromByteString, toByteString } from '../src/bytes.js';

const viaBuffer = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

describe('toByteString', () => {
  it('gives the UTF-8 bytes Buffer gives, for letters of every width and for lone surrogates', () => {
    const samples = ['número', 'FÜHRERSCHEIN', 'шофьорска книжка', 'Ελλάδα', '東京', 'a😀b', '😀', '\ud800x', 'x\udc00', '\udbff', 'é'.repeat(70)];
    for (const s of samples) expect(toByteString(s), s).toBe(viaBuffer(s));
  });

  it('agrees with Buffer on random short strings of any code units', () => {
    let seed = 12345;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pools = [0x7f, 0x7ff, 0xffff];
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 12);
      for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(rnd() * (pools[n % 3]! + 1)));
      expect(toByteString(s)).toBe(viaBuffer(s));
    }
  });

  it('leaves ASCII as it is and round-trips through fromByteString', () => {
    expect(toByteString('card number')).toBe('card number');
    for (const s of ['número de tarjeta', 'Ελλάδα', '東京 😀']) expect(fromByteString(toByteString(s))).toBe(s);
  });
});
