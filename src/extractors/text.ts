/**
 * Reading text from a stream: encodings (UTF-8, UTF-8 BOM, UTF-16 LE/BE with BOM, Latin-1 fallback)
 * and plain-text windows with context on both sides, so that a value across two chunks is seen whole.
 */
import { isUtf8 } from 'node:buffer';
import { bomEncoding, isUtf16Bom, utf8Chars as chars } from '../bytes.js';
import type { Extractor, ExtractContext, Input } from './types.js';

/** Bytes handed to a tokenizer at once. */
export const TEXT_CHUNK = 1 << 20;

export interface TextChunks {
  /** Byte strings (UTF-8 bytes as Latin-1 characters) in order. */
  chunks: AsyncGenerator<string>;
  /** Bytes before the text (a BOM). */
  readonly skipped: number;
  /** False for transcoded input (UTF-16): byte offsets in the text are not file offsets. */
  readonly verbatim: boolean;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
  /** Becomes true once some chunk was not valid UTF-8 (values are then shown as Latin-1). */
  latin1: boolean;
}

/** Index where an incomplete UTF-8 sequence at the end of `b` starts (b.length when none). */
function utf8Cut(b: Buffer): number {
  const n = b.length;
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const c = b[i]!;
    if ((c & 0xc0) === 0x80) continue;
    if (c < 0x80) return n;
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return i + len > n ? i : n;
  }
  return n;
}

/** Reads the input as byte-string chunks of about TEXT_CHUNK bytes, cut on character boundaries. */
export function textChunks(input: Input): TextChunks {
  const h = input.head;
  const encoding: TextChunks['encoding'] = bomEncoding(h) ?? 'utf-8';
  const skipped = encoding === 'utf-8' ? 0 : encoding === 'utf-8-bom' ? 3 : 2;
  const out: TextChunks = {
    skipped,
    verbatim: !encoding.startsWith('utf-16'),
    encoding,
    latin1: false,
    chunks: (async function* () {
      const decoder = encoding.startsWith('utf-16') ? new TextDecoder(encoding) : undefined;
      let parts: Buffer[] = [];
      let size = 0;
      let first = true;
      const take = (final: boolean): string | undefined => {
        let b = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
        if (first && skipped) b = b.subarray(Math.min(skipped, b.length));
        first = false;
        parts = [];
        size = 0;
        if (decoder) {
          const s = decoder.decode(b, { stream: !final });
          return Buffer.from(s, 'utf8').toString('latin1');
        }
        const cut = final ? b.length : utf8Cut(b);
        if (cut < b.length) {
          parts = [Buffer.from(b.subarray(cut))];
          size = parts[0]!.length;
          b = b.subarray(0, cut);
        }
        if (!out.latin1 && !isUtf8(b)) out.latin1 = true;
        return b.toString('latin1');
      };
      try {
        for await (const chunk of input.stream()) {
          const c = chunk as Buffer;
          parts.push(c);
          size += c.length;
          if (size >= TEXT_CHUNK) yield take(false)!;
        }
      } catch (err) {
        // A read that failed half-way (truncated archive, a limit): what was read is still scanned.
        if (size > 0) {
          const s = take(true)!;
          if (s.length) yield s;
        }
        throw err;
      }
      if (size > 0 || decoder) {
        const s = take(true)!;
        if (s.length) yield s;
      }
    })(),
  };
  return out;
}

/**
 * Plain text in windows: each region is scanned with `overlap` bytes of context either side.
 * Locations: line and column of each region start, byte offsets when the text is verbatim.
 */
export class PlainWindows {
  private before = ''; // context before the pending region
  private pending: string | undefined;
  constructor(
    private readonly ctx: ExtractContext,
    private line: number,
    private col: number,
    /** Byte offset of the first pushed character; undefined when offsets are not known. */
    private offset: number | undefined,
    private readonly latin1: () => boolean,
    private readonly labels?: readonly string[],
  ) {}

  push(chunk: string): void {
    if (!chunk.length) return;
    if (this.pending !== undefined) this.flush(chunk.slice(0, this.ctx.overlap));
    this.pending = chunk;
  }

  end(): void {
    if (this.pending !== undefined) this.flush('');
  }

  private flush(after: string): void {
    const p = this.pending!;
    const text = this.before + p + after;
    const from = this.before.length;
    this.ctx.emit({
      text,
      from,
      to: from + p.length,
      location: { line: this.line, col: this.col },
      ...(this.offset !== undefined ? { byteOffset: this.offset - from } : {}),
      ...(this.latin1() ? { latin1: true } : {}),
      ...(this.labels ? { labels: this.labels } : {}),
    });
    const nl = p.lastIndexOf('\n');
    if (nl === -1) this.col += chars(p, 0, p.length);
    else {
      let n = 0;
      for (let i = p.indexOf('\n'); i !== -1; i = p.indexOf('\n', i + 1)) n++;
      this.line += n;
      this.col = 1 + chars(p, nl + 1, p.length);
    }
    this.before = (this.before + p).slice(-this.ctx.overlap);
    if (this.offset !== undefined) this.offset += p.length;
    this.pending = undefined;
  }
}

export async function emitPlainText(input: Input, ctx: ExtractContext): Promise<void> {
  const tc = textChunks(input);
  const w = new PlainWindows(ctx, 1, 1, tc.verbatim ? tc.skipped : undefined, () => tc.latin1);
  try {
    for await (const chunk of tc.chunks) w.push(chunk);
  } finally {
    // Scan what was read, also when reading stopped half-way (a limit, a truncated archive).
    w.end();
  }
}

export { chars };

/** Any text that is not binary: YAML, logs, source code... Scanned in windows. */
export const textExtractor: Extractor = {
  id: 'text',
  mimeType: 'text/plain',
  extensions: ['.txt', '.log', '.yaml', '.yml', '.md', '.ini', '.cfg', '.conf', '.properties', '.env', '.sql'],
  detect(head) {
    return !head.subarray(0, 8000).includes(0) || isUtf16Bom(head);
  },
  extract: (input, ctx) => emitPlainText(input, ctx),
};
