import { describe, expect, it } from 'vitest';
import nuss from '../../detectors/spain-social-security-number.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => nuss.validate!(v, ctx);
const engine = createEngine([nuss]);
/** Matches in `text`, scanned as the engine's byte string (UTF-8 bytes as Latin-1 characters). */
const found = (text: string): string[] => {
  const b = Buffer.from(text, 'utf8').toString('latin1');
  return engine.detect(b).map((m) => b.slice(m.start, m.end));
};

describe('spain-social-security-number: values published by others', () => {
  // koblas/stdnum-js src/es/nss.spec.ts (also the example of most NUSS validators): 28/12345678/40.
  it('accepts 281234567840 (stdnum-js)', () => {
    expect(valid('281234567840')).toBe(true);
    expect(valid('28/12345678/40')).toBe(true);
  });
  // delphiaccess.com / trucomania.org "Validar un número de la Seguridad Social": the old 11-digit
  // 28/1234567/42 (281234567 mod 97 = 42); in today's 12-digit form the number takes a leading 0.
  it('accepts the old number 28/1234567/42 written 28/01234567/42 (leading-zero rule)', () => {
    expect(valid('28/01234567/42')).toBe(true);
    // The naive reading of the 10 digits (2801234567 mod 97 = 85) is not the rule.
    expect(valid('28/01234567/85')).toBe(false);
  });
  // aleph.org.mx "Número de la seguridad social": for 12/12345678 the control digits are 05, so
  // their example 121234567821 is wrong.
  it('accepts 121234567805 and rejects 121234567821 (aleph.org.mx)', () => {
    expect(valid('121234567805')).toBe(true);
    expect(valid('121234567821')).toBe(false);
  });
  // stdnum-js: province 77 does not exist.
  it('rejects province 77 (stdnum-js)', () => {
    expect(valid('77 12345678 32')).toBe(false);
  });
  it('rejects a broken control digit', () => {
    expect(valid('281234567841')).toBe(false);
  });
  it('accepts the provinces 01–53 and 66 only', () => {
    // 53 and 66: other territories, abroad; 00, 54, 67 do not exist (control digits computed to fit).
    expect(valid('538192486548')).toBe(true);
    for (const p of ['00', '54', '67']) {
      const d = p + '12345678';
      expect(valid(d + String(Number(d) % 97).padStart(2, '0'))).toBe(false);
    }
  });
});

describe('spain-social-security-number: matching', () => {
  it('accepts the written forms', () => {
    for (const v of ['21/30246633/48', '21-30246633-48', '21 30246633 48', '213024663348']) {
      expect(found(`Número de afiliación: ${v}`)).toEqual([v]);
    }
  });
  it('does not match inside longer numbers', () => {
    expect(found('NUSS 1213024663348 / 2130246633481')).toEqual([]);
  });
  it('ignores the published example', () => {
    expect(found('NUSS 28/12345678/40')).toEqual([]);
  });
});

describe('spain-social-security-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Nº de la Seguridad Social: 21/30246633/48');
    expect(f.filter((x) => x.type === 'SPAIN_SOCIAL_SECURITY_NUMBER').map((x) => x.text)).toEqual(['21/30246633/48']);
  });
  it('is found next to "número de la seguridad social" (accented keyword)', () => {
    const f = scanText('número de la seguridad social 213024663348');
    expect(f.map((x) => x.type)).toContain('SPAIN_SOCIAL_SECURITY_NUMBER');
  });
  it('is not found without a keyword', () => {
    expect(scanText('pedido 21/30246633/48 enviado').filter((x) => x.type === 'SPAIN_SOCIAL_SECURITY_NUMBER')).toEqual([]);
  });
});
