/**
 * Helpers for the engine's byte strings (UTF-8 bytes as Latin-1 characters; see types.ts) and for
 * telling a file's encoding from its first bytes. Shared by the file, structured and git paths.
 */

/** Ordinary string → byte string. Pure ASCII needs no conversion (the common case). */
export function toByteString(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}

/** Byte string → ordinary string. */
export function fromByteString(s: string): string {
  return /[\x80-\xff]/.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s;
}

/** UTF-8 characters (bytes that are not continuation bytes) in text[a, b). */
export function utf8Chars(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if ((text.charCodeAt(i) & 0xc0) !== 0x80) n++;
  return n;
}

/** The encoding a byte-order mark announces, or undefined when there is none. */
export function bomEncoding(head: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8-bom' | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  return undefined;
}

/** True for a UTF-16 byte-order mark. */
export const isUtf16Bom = (head: Uint8Array): boolean => bomEncoding(head)?.startsWith('utf-16') ?? false;
