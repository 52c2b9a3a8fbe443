/**
 * Helpers for the engine's byte strings (UTF-8 bytes as Latin-1 characters; see types.ts) and for
 * telling a file's encoding from its first bytes. Shared by the file, structured and git paths.
 */

/** Ordinary string → byte string. Pure ASCII needs no conversion (the common case). */
export function toByteString(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.length > 64 ? Buffer.from(s, 'utf8').toString('latin1') : utf8Short(s);
}

/**
 * UTF-8 bytes of a short string as a byte string, as Buffer.from(s, 'utf8') gives them (a lone
 * surrogate as U+FFFD), without a Buffer round trip: keywords are encoded one letter at a time when
 * the engine starts, ~1,700 times, and each round trip cost more than the letter.
 */
function utf8Short(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out += s[i];
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = c <= 0xdbff && i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
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
