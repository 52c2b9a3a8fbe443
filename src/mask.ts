import { nodeCrypto } from './node-crypto.js';

/**
 * Masks a value for display: letters and digits become `*`, separators stay so the shape is visible,
 * and only the last 4 (12+ characters) or 2 (8–11) characters are kept. Shorter values are fully masked.
 */
export function mask(value: string): string {
  const keep = value.length >= 12 ? 4 : value.length >= 8 ? 2 : 0;
  const head = value.slice(0, value.length - keep).replace(/[\p{L}\p{N}]/gu, '*');
  return head + value.slice(value.length - keep);
}

/** A stable identifier of a finding that contains no part of the value. */
export function fingerprint(type: string, file: string, ordinal: number): string {
  const input = `${type}\0${file}\0${ordinal}`;
  // crypto.hash (Node 20.12+) is the one-shot form: a third of the cost of a Hash object per finding.
  const crypto = nodeCrypto();
  const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
  return (oneShot ? oneShot('sha256', input, 'hex') : crypto.createHash('sha256').update(input).digest('hex')).slice(0, 32);
}
