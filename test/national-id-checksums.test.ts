/**
 * The check-digit validators of the national-ID detectors against values published by others
 * (python-stdnum's documentation, Presidio's tests, Wikipedia), so that our own examples, which were
 * generated with the same algorithms, are not the only evidence that the algorithms are right.
 */
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../detectors/index.js';
import { iso7064Mod11x10, verhoeff } from '../src/checks.js';
import type { MatchContext } from '../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const byId = new Map(builtinDetectors.map((d) => [d.id, d]));

/** Detector id → [valid values, values whose check fails]. */
const published: Record<string, [string[], string[]]> = {
  'brazil-cpf-number': [['111.444.777-35', '12345678909'], ['111.444.777-36', '12345678919']],
  'brazil-cnpj-number': [['11.222.333/0001-81', '12345678000195'], ['11.222.333/0001-82', '12345678000185']],
  'spain-dni-number': [['12345678Z'], ['12345678A']],
  'spain-nie-number': [['X9613851N', 'Y8063915-Z', 'Z8078221M'], ['Y8063915Q']],
  'italy-national-identification-number': [['RSSMRA85T10A562S'], ['RSSMRA85T10A562T']],
  'india-aadhaar-number': [['312345678909', '3998 7654 3211', '400123456787'], ['123456789012']],
  'france-national-identification-number': [['2 95 10 99 126 111 93', '253072B07300470', '253072A07300443'], ['295109912611199']],
  'australia-tax-file-number': [['123 456 782', '876543210'], ['999999999']],
  'germany-tax-identification-number': [['36574261809'], ['36574261890', '36554266806']],
  'chile-rut-number': [['12.345.678-5'], ['12.345.678-6']],
};

describe.each(Object.entries(published))('%s', (id, [valid, invalid]) => {
  const validate = byId.get(id)!.validate!;
  it.each(valid)('accepts %s', (v) => expect(validate(v, ctx)).toBe(true));
  it.each(invalid)('rejects %s', (v) => expect(validate(v, ctx)).toBe(false));
});

describe('check digit helpers', () => {
  it('verhoeff: the textbook example 236 → 3', () => {
    expect(verhoeff('2363')).toBe(true);
    expect(verhoeff('2364')).toBe(false);
  });
  it('ISO 7064 MOD 11,10 over the German tax ID example', () => {
    expect(iso7064Mod11x10('36574261809')).toBe(true);
    expect(iso7064Mod11x10('36574261808')).toBe(false);
  });
});
