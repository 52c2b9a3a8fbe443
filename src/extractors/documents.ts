/**
 * PDF (pdf-parse: `page`, and `line` on that page), Parquet (hyparquet, one row group at a time) and
 * Avro (avsc, streamed block by block): `recordIndex` (0-based row) and `jsonPath` (`$.address.zip`)
 * for every string and number, the path's names as keyword labels.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { materialize } from './archive.js';
import { jsonPathOf } from './json.js';
import { ExtractError, toByteString, type Extractor, type ExtractContext } from './types.js';

export const pdfExtractor: Extractor = {
  id: 'pdf',
  mimeType: 'application/pdf',
  extensions: ['.pdf'],
  // The header at the start. A .pdf with bytes before it is still read as one (by its extension); a
  // text file that mentions "%PDF-" (a parser's source, notes) is text, not a broken PDF.
  magic: (h) => h.length >= 5 && h.toString('latin1', 0, 5) === '%PDF-',
  detect(h, name) {
    return this.magic!(h, name) || name.toLowerCase().endsWith('.pdf');
  },
  async extract(input, ctx) {
    if ((input.size ?? 0) > ctx.limits.pdfBytes) {
      throw new ExtractError('FILE_EXCEEDS_SIZE_LIMIT', `PDF larger than ${ctx.limits.pdfBytes} bytes (read whole)`, true);
    }
    const m = await materialize(input, ctx.limits.pdfBytes);
    let data: Buffer;
    try {
      data = m.buffer ?? (await readFile(m.path!));
    } finally {
      await m.cleanup();
    }
    const { PDFParse } = await import('pdf-parse');
    pointPdfWorker(PDFParse);
    const parser = new PDFParse({ data: new Uint8Array(data.buffer, data.byteOffset, data.length), verbosity: 0, stopAtErrors: false });
    try {
      const info = await parser.getInfo().catch((err: Error) => {
        throw classify(err);
      });
      const total = info.total;
      // A few pages at a time, so a long PDF does not hold all its text at once.
      for (let first = 1; first <= total; first += 16) {
        const last = Math.min(total, first + 15);
        const res = await parser.getText({ first, last }).catch((err: Error) => {
          throw classify(err);
        });
        for (const p of res.pages) {
          if (p.text.trim()) ctx.emit({ text: toByteString(p.text), location: { page: p.num, line: 1, col: 1 } });
        }
      }
    } finally {
      await parser.destroy().catch(() => {});
    }
  },
};

let workerSet = false;
/**
 * pdf.js loads its worker module relative to its own file; when pii-guard is bundled, that file is the
 * bundle, so point it at the installed package's worker.
 */
function pointPdfWorker(P: { setWorker(src?: string): string }): void {
  if (workerSet) return;
  workerSet = true;
  try {
    const worker = new URL('./pdf.worker.mjs', import.meta.resolve('pdf-parse'));
    if (existsSync(fileURLToPath(worker))) P.setWorker(worker.href);
  } catch {
    // Not resolvable here: pdf.js falls back to its own relative path.
  }
}

function classify(err: Error): ExtractError {
  const name = err.name ?? '';
  if (/password/i.test(name) || /password/i.test(err.message)) return new ExtractError('UNABLE_TO_PARSE_FILE', 'encrypted (password-protected) PDF', true);
  return new ExtractError('MALFORMED_FILE', `PDF: ${err.message}`, true);
}

interface Frame {
  arr: boolean;
  index: number;
  key: string | undefined;
}

/** Emits every string and number in a decoded record, with its JSON path. */
function walk(value: unknown, stack: Frame[], ctx: ExtractContext, recordIndex: number, depth = 0): void {
  if (value === null || value === undefined || typeof value === 'boolean') return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    const text = typeof value === 'string' ? value : String(value);
    if (!text) return;
    const labels = stack.filter((f) => !f.arr && f.key).map((f) => f.key!);
    ctx.emit({ text: toByteString(text), location: { jsonPath: jsonPathOf(stack), recordIndex }, ...(labels.length ? { labels } : {}) });
    return;
  }
  if (depth > ctx.limits.jsonNesting) return;
  if (value instanceof Uint8Array || Buffer.isBuffer(value)) {
    // Bytes: scanned when they are text.
    const b = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    if (b.length && !b.includes(0)) walk(b.toString('utf8'), stack, ctx, recordIndex, depth);
    return;
  }
  if (value instanceof Date) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      stack.push({ arr: true, index: i, key: undefined });
      walk(v, stack, ctx, recordIndex, depth + 1);
      stack.pop();
    });
    return;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) {
      stack.push({ arr: false, index: 0, key: String(k) });
      walk(v, stack, ctx, recordIndex, depth + 1);
      stack.pop();
    }
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      stack.push({ arr: false, index: 0, key: k });
      walk(v, stack, ctx, recordIndex, depth + 1);
      stack.pop();
    }
  }
}

export const parquetExtractor: Extractor = {
  id: 'parquet',
  mimeType: 'application/vnd.apache.parquet',
  extensions: ['.parquet'],
  magic: (h) => h.length >= 4 && h.toString('latin1', 0, 4) === 'PAR1',
  detect(h, name) {
    return this.magic!(h, name) || name.toLowerCase().endsWith('.parquet');
  },
  async extract(input, ctx) {
    if ((input.size ?? 0) > ctx.limits.columnarBytes) throw new ExtractError('FILE_EXCEEDS_SIZE_LIMIT', `larger than ${ctx.limits.columnarBytes} bytes`, true);
    const { parquetMetadataAsync, parquetReadObjects, asyncBufferFromFile } = await import('hyparquet');
    const m = await materialize(input, ctx.limits.columnarBytes);
    try {
      const file = m.path
        ? await asyncBufferFromFile(m.path)
        : (m.buffer!.buffer.slice(m.buffer!.byteOffset, m.buffer!.byteOffset + m.buffer!.length) as ArrayBuffer);
      let metadata;
      try {
        metadata = await parquetMetadataAsync(file);
      } catch (err) {
        throw new ExtractError('MALFORMED_FILE', `Parquet: ${(err as Error).message}`, true);
      }
      let start = 0;
      for (const rg of metadata.row_groups) {
        const n = Number(rg.num_rows);
        let rows;
        try {
          rows = await parquetReadObjects({ file, metadata, rowStart: start, rowEnd: start + n });
        } catch (err) {
          throw new ExtractError('MALFORMED_FILE', `Parquet row group at row ${start}: ${(err as Error).message}`);
        }
        rows.forEach((row, i) => walk(row, [], ctx, start + i));
        start += n;
      }
    } finally {
      await m.cleanup();
    }
  },
};

export const avroExtractor: Extractor = {
  id: 'avro',
  mimeType: 'application/avro',
  extensions: ['.avro'],
  magic: (h) => h.length >= 4 && h[0] === 0x4f && h[1] === 0x62 && h[2] === 0x6a && h[3] === 1,
  detect(h, name) {
    return this.magic!(h, name) || name.toLowerCase().endsWith('.avro');
  },
  async extract(input, ctx) {
    if ((input.size ?? 0) > ctx.limits.columnarBytes) throw new ExtractError('FILE_EXCEEDS_SIZE_LIMIT', `larger than ${ctx.limits.columnarBytes} bytes`, true);
    const avro = (await import('avsc')).default;
    const decoder = new avro.streams.BlockDecoder({ noDecode: false });
    const src = input.stream();
    src.on('error', (err) => decoder.destroy(err));
    src.pipe(decoder);
    let i = 0;
    let header = false;
    decoder.on('metadata', () => {
      header = true;
    });
    try {
      for await (const record of decoder) walk(record, [], ctx, i++);
    } catch (err) {
      throw new ExtractError('MALFORMED_FILE', `Avro at record ${i}: ${(err as Error).message}`, i === 0);
    }
    if (!header) throw new ExtractError('MALFORMED_FILE', 'not a valid Avro container file (bad header)', true);
  },
};
