import { createHash } from 'node:crypto';

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
  return createHash('sha256').update(`${type}\0${file}\0${ordinal}`).digest('hex').slice(0, 32);
}
