/**
 * EML (RFC 5322 / MIME): headers and text parts are scanned with their lines (Macie reports EML
 * with line ranges); quoted-printable and base64 parts are decoded (their line is the line where the
 * part's body starts); HTML parts are read as text, so their lines stay the file's; attachments and attached messages are scanned
 * as members (`mail.eml!report.xlsx`) with the extractor their content calls for.
 */
import { Readable } from 'node:stream';
import { materialize } from './archive.js';
import { readFile } from 'node:fs/promises';
import { ExtractError, toByteString, type Extractor, type ExtractContext } from './types.js';

/** EML files are read whole (they are parsed as a tree of parts). */
export const MAX_EML_BYTES = 256 << 20;

interface Headers {
  [name: string]: string;
}

/** Parses a header block (byte string): unfolded, lower-case names. */
function parseHeaders(block: string): Headers {
  const h: Headers = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const c = line.indexOf(':');
    if (c > 0) h[line.slice(0, c).trim().toLowerCase()] ??= line.slice(c + 1).trim();
  }
  return h;
}

function param(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`(?:^|;)\\s*${name}\\*?=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(value);
  if (!m) return undefined;
  let v = m[1] ?? m[2] ?? '';
  const ext = /^[\w-]+'[\w-]*'(.*)$/.exec(v); // RFC 2231: utf-8''name
  if (ext) v = decodeURIComponent(ext[1]!);
  return v;
}

function decodeQP(s: string): Buffer {
  const t = s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(t.slice(i + 1, i + 3))) {
      out.push(parseInt(t.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return Buffer.from(out);
}

function lines(s: string, a: number, b: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', a); i !== -1 && i < b; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

async function extractEml(raw: string, ctx: ExtractContext, counter: { n: number }): Promise<void> {
  // A part: headers, blank line, body; `at` is its offset in `raw`.
  const part = async (at: number, end: number, depth: number): Promise<void> => {
    if (depth > 50) return;
    const sep = /\r?\n\r?\n/g;
    sep.lastIndex = at;
    const m = sep.exec(raw);
    const headEnd = m && m.index < end ? m.index : end;
    const bodyStart = m && m.index < end ? m.index + m[0].length : end;
    const headerText = raw.slice(at, headEnd);
    const h = parseHeaders(headerText);
    const line0 = 1 + lines(raw, 0, at);
    if (depth === 0 && headerText.trim()) {
      ctx.emit({ text: headerText, location: { line: line0, col: 1 }, byteOffset: at });
    }
    const type = (h['content-type'] ?? 'text/plain').toLowerCase().split(';')[0]!.trim();
    const disposition = (h['content-disposition'] ?? '').toLowerCase();
    const filename = param(h['content-disposition'], 'filename') ?? param(h['content-type'], 'name');
    const encoding = (h['content-transfer-encoding'] ?? '7bit').toLowerCase().trim();
    const bodyLine = 1 + lines(raw, 0, bodyStart);
    if (type.startsWith('multipart/')) {
      const boundary = param(h['content-type'], 'boundary');
      if (!boundary) return;
      const delim = `--${boundary}`;
      let pos = raw.indexOf(delim, bodyStart);
      while (pos !== -1 && pos < end) {
        if (raw.startsWith(`${delim}--`, pos)) break;
        const startLine = raw.indexOf('\n', pos);
        if (startLine === -1) break;
        const next = raw.indexOf(`\n${delim}`, startLine);
        const stop = next === -1 || next > end ? end : next;
        await part(startLine + 1, stop, depth + 1);
        pos = next === -1 ? -1 : next + 1;
      }
      return;
    }
    const body = raw.slice(bodyStart, end);
    const decoded = (): Buffer =>
      encoding === 'base64' ? Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64') : encoding === 'quoted-printable' ? decodeQP(body) : Buffer.from(body, 'latin1');
    const isAttachment = disposition.startsWith('attachment') || (!!filename && !type.startsWith('text/'));
    if (isAttachment || type === 'message/rfc822' || !type.startsWith('text/')) {
      const bytes = decoded();
      if (!bytes.length) return;
      const name = filename ?? (type === 'message/rfc822' ? `message-${++counter.n}.eml` : `part-${++counter.n}`);
      await ctx.member({ name, head: bytes.subarray(0, 8192), size: bytes.length, buffer: bytes, stream: () => Readable.from([bytes]) });
      return;
    }
    const charset = (param(h['content-type'], 'charset') ?? 'utf-8').toLowerCase();
    const utf8 = charset === 'utf-8' || charset === 'us-ascii' || charset === 'utf8';
    const verbatim = utf8 && (encoding === '7bit' || encoding === '8bit' || encoding === 'binary');
    let text: string;
    if (verbatim) text = body;
    else {
      const bytes = decoded();
      let label = charset;
      try {
        new TextDecoder(label);
      } catch {
        label = 'latin1';
      }
      text = utf8 ? bytes.toString('latin1') : toByteString(new TextDecoder(label).decode(bytes));
    }
    if (text.trim()) {
      ctx.emit({ text, location: { line: bodyLine, col: 1 }, ...(verbatim ? { byteOffset: bodyStart } : {}) });
    }
  };
  await part(0, raw.length, 0);
}

export const emlExtractor: Extractor = {
  id: 'eml',
  mimeType: 'message/rfc822',
  extensions: ['.eml'],
  magic(head) {
    const s = head.toString('latin1', 0, 4096);
    if (!/^[A-Za-z][\w-]*:[ \t]/.test(s)) return false;
    const block = s.split(/\r?\n\r?\n/)[0]!;
    const found = new Set((block.match(/^(from|to|subject|date|received|mime-version|message-id|return-path|delivered-to):/gim) ?? []).map((x) => x.toLowerCase()));
    return found.size >= 3;
  },
  detect(h, name) {
    return this.magic!(h, name) || name.toLowerCase().endsWith('.eml');
  },
  async extract(input, ctx) {
    if ((input.size ?? 0) > MAX_EML_BYTES) throw new ExtractError('FILE_EXCEEDS_SIZE_LIMIT', `EML files are read whole; limit ${MAX_EML_BYTES} bytes`, true);
    const m = await materialize(input, MAX_EML_BYTES);
    let buf: Buffer;
    try {
      buf = m.buffer ?? (await readFile(m.path!));
    } finally {
      await m.cleanup();
    }
    await extractEml(buf.toString('latin1'), ctx, { n: 0 });
  },
};
