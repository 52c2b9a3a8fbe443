/**
 * gzip, zip and tar (and so tar.gz), nested. Each member is read with the extractor its content calls
 * for and reported with `member` (its path inside the archive). Limits, Macie's quotas by default:
 * nesting depth, number of files, bytes extracted in total and per member, and a compression-ratio
 * guard against zip bombs (a member that inflates more than `compressionRatio` times past 1 MB).
 */
import { mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type yauzl from 'yauzl';
import { ExtractError, type Extractor, type ExtractContext, type Input } from './types.js';

export const HEAD = 8192;
/** Members that need random access (zip, PDF...) are held in memory up to this size, else spilled to a temp file. */
export const MEMORY_MEMBER_BYTES = 64 << 20;
/** The ratio guard applies once a member has inflated this much. */
const RATIO_FLOOR = 1 << 20;

/** Reads the first `n` bytes of a stream and gives back a stream of the whole. */
export async function peek(src: AsyncIterable<Buffer>, n = HEAD): Promise<{ head: Buffer; stream: () => Readable }> {
  const it = src[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    parts.push(r.value);
    size += r.value.length;
  }
  const all = Buffer.concat(parts, size);
  const head = all.subarray(0, Math.min(n, size));
  let used = false;
  return {
    head,
    stream: () => {
      if (used) throw new Error('member stream read twice');
      used = true;
      return Readable.from(
        (async function* () {
          if (all.length) yield all;
          if (done) return;
          for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
        })(),
        { objectMode: false },
      );
    },
  };
}

/**
 * Counts inflated bytes against the limits; throws an ExtractError past one. Reads `it` with next()
 * only, so a caller that stops early can still drain the same iterator afterwards.
 */
export async function* metered(it: AsyncIterator<Buffer>, ctx: ExtractContext, name: string, compressed: () => number): AsyncGenerator<Buffer> {
  let out = 0;
  const { compressionRatio, archiveMemberBytes } = ctx.limits;
  for (let r = await it.next(); !r.done; r = await it.next()) {
    const chunk = r.value;
    out += chunk.length;
    ctx.extracted(chunk.length);
    if (out > archiveMemberBytes) {
      throw new ExtractError('FILE_EXCEEDS_SIZE_LIMIT', `${name} inflates to more than ${archiveMemberBytes} bytes; extraction stopped`);
    }
    const c = compressed();
    if (out > RATIO_FLOOR && c > 0 && out / c > compressionRatio) {
      throw new ExtractError('ARCHIVE_EXCEEDS_SIZE_LIMIT', `${name} inflates more than ${compressionRatio} times (zip bomb?); extraction stopped`);
    }
    yield chunk;
  }
}

/** Reads an iterator to its end, ignoring errors. */
async function drain(it: AsyncIterator<unknown>): Promise<void> {
  try {
    for (let r = await it.next(); !r.done; r = await it.next());
  } catch {
    // already reported
  }
}

/** A file or buffer for readers that need random access; spills big streams to a temp file. */
export async function materialize(input: Input, limit: number): Promise<{ path?: string; buffer?: Buffer; cleanup: () => Promise<void> }> {
  const none = async (): Promise<void> => {};
  if (input.path) return { path: input.path, cleanup: none };
  if (input.buffer) return { buffer: input.buffer, cleanup: none };
  const parts: Buffer[] = [];
  let size = 0;
  let file: string | undefined;
  let dir: string | undefined;
  try {
    for await (const chunk of input.stream()) {
      const c = chunk as Buffer;
      size += c.length;
      if (size > limit) throw new ExtractError('FILE_EXCEEDS_SIZE_LIMIT', `larger than ${limit} bytes`);
      if (file) await appendFile(file, c);
      else {
        parts.push(c);
        if (size > MEMORY_MEMBER_BYTES) {
          dir = await mkdtemp(join(tmpdir(), 'pii-guard-'));
          file = join(dir, 'member');
          await writeFile(file, Buffer.concat(parts));
          parts.length = 0;
        }
      }
    }
  } catch (err) {
    if (dir) await rm(dir, { recursive: true, force: true });
    throw err;
  }
  if (file) return { path: file, cleanup: () => rm(dir!, { recursive: true, force: true }) };
  return { buffer: Buffer.concat(parts, size), cleanup: none };
}

/** Counts the bytes that pass through (compressed input of a decompressor). */
function counter(): { t: Transform; n: () => number } {
  let n = 0;
  const t = new Transform({
    transform(chunk: Buffer, _e, cb) {
      n += chunk.length;
      cb(null, chunk);
    },
  });
  return { t, n: () => n };
}

/** The name stored in a gzip header (FNAME), if any. */
function gzipName(head: Buffer): string | undefined {
  const flags = head[3] ?? 0;
  if (!(flags & 0x08)) return undefined;
  let p = 10;
  if (flags & 0x04) p += 2 + (head.readUInt16LE(10) || 0);
  const end = head.indexOf(0, p);
  if (end <= p) return undefined;
  const name = head.toString('latin1', p, end);
  return name.slice(name.lastIndexOf('/') + 1) || undefined;
}

function innerGzipName(input: Input): string {
  const stored = gzipName(input.head);
  if (stored) return stored;
  const base = input.name.slice(input.name.lastIndexOf('/') + 1);
  if (/\.tgz$/i.test(base)) return base.slice(0, -4) + '.tar';
  return base.replace(/\.(gz|gzip)$/i, '') || base;
}

export const gzipExtractor: Extractor = {
  id: 'gzip',
  mimeType: 'application/gzip',
  extensions: ['.gz', '.gzip', '.tgz'],
  magic: (h) => h[0] === 0x1f && h[1] === 0x8b,
  detect(h, name) {
    return this.magic!(h, name) || this.extensions.some((e) => name.toLowerCase().endsWith(e));
  },
  async extract(input, ctx) {
    const name = innerGzipName(input);
    const count = counter();
    const gunzip = createGunzip();
    const src = input.stream();
    src.on('error', (err) => gunzip.destroy(err));
    src.pipe(count.t).pipe(gunzip);
    const raw = (async function* () {
      try {
        for await (const c of gunzip) yield c as Buffer;
      } catch (err) {
        if (err instanceof ExtractError) throw err;
        throw new ExtractError('MALFORMED_FILE', `gzip: ${(err as Error).message}`);
      }
    })();
    const { head, stream } = await peek(metered(raw, ctx, name, count.n));
    try {
      await ctx.member({ name, head, stream }, { sameMember: true });
    } finally {
      src.destroy();
    }
  },
};

export const tarExtractor: Extractor = {
  id: 'tar',
  mimeType: 'application/x-tar',
  extensions: ['.tar'],
  magic: (h) => h.length >= 262 && h.toString('latin1', 257, 262) === 'ustar',
  detect(h, name) {
    return this.magic!(h, name) || name.toLowerCase().endsWith('.tar');
  },
  async extract(input, ctx) {
    const tar = await import('tar-stream'); // loaded when a tar is met, not at start-up
    const ex = tar.extract();
    const src = input.stream();
    src.on('error', (err) => ex.destroy(err));
    src.pipe(ex);
    try {
      for await (const entry of ex) {
        const h = entry.header;
        if (h.type !== 'file' && h.type !== 'contiguous-file') {
          entry.resume();
          continue;
        }
        const it = (entry as unknown as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
        try {
          const { head, stream } = await peek(metered(it, ctx, h.name, () => Math.max(1, h.size ?? 0)));
          await ctx.member({ name: h.name, head, size: h.size ?? undefined, stream });
        } finally {
          // The next entry comes only once this one is read to its end.
          await drain(it);
        }
      }
    } catch (err) {
      if (err instanceof ExtractError) throw err;
      throw new ExtractError('MALFORMED_FILE', `tar: ${(err as Error).message}`);
    }
  },
};

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (e: yauzl.Entry): void => {
      cleanup();
      resolve(e);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(undefined);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** Opens a zip from a file, a buffer or (spilled) stream; the caller closes it and runs cleanup. */
export async function openZip(input: Input, limit: number): Promise<{ zip: yauzl.ZipFile; cleanup: () => Promise<void> }> {
  const m = await materialize(input, limit);
  try {
    const opts = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true };
    const { default: lib } = await import('yauzl'); // loaded when a zip is met, not at start-up
    const zip = m.path ? await lib.openPromise(m.path, opts) : await lib.fromBufferPromise(m.buffer!, opts);
    // Errors are taken where entries are read; one emitted in between must not crash the process.
    zip.on('error', () => {});
    return { zip, cleanup: m.cleanup };
  } catch (err) {
    await m.cleanup();
    throw new ExtractError('MALFORMED_FILE', `zip: ${(err as Error).message}`);
  }
}

export const zipExtractor: Extractor = {
  id: 'zip',
  mimeType: 'application/zip',
  extensions: ['.zip', '.jar'],
  magic: (h) => h[0] === 0x50 && h[1] === 0x4b && (h[2] === 3 || h[2] === 5) && (h[3] === 4 || h[3] === 6),
  detect(h, name) {
    return this.magic!(h, name) || this.extensions.some((e) => name.toLowerCase().endsWith(e));
  },
  async extract(input, ctx) {
    const { zip, cleanup } = await openZip(input, ctx.limits.archiveMemberBytes);
    const { compressionRatio, archiveMemberBytes } = ctx.limits;
    try {
      for (;;) {
        let entry: yauzl.Entry | undefined;
        try {
          entry = await nextEntry(zip);
        } catch (err) {
          throw new ExtractError('MALFORMED_FILE', `zip: ${(err as Error).message}`);
        }
        if (!entry) break;
        const name = entry.fileName;
        if (name.endsWith('/')) continue;
        if (entry.isEncrypted()) {
          ctx.problem('ARCHIVE_CONTAINS_UNPROCESSED_FILES', `${name}: encrypted`);
          continue;
        }
        if (entry.uncompressedSize > archiveMemberBytes) {
          ctx.problem('FILE_EXCEEDS_SIZE_LIMIT', `${name}: ${entry.uncompressedSize} bytes uncompressed`);
          continue;
        }
        if (entry.uncompressedSize > RATIO_FLOOR && entry.uncompressedSize / Math.max(1, entry.compressedSize) > compressionRatio) {
          ctx.problem('ARCHIVE_EXCEEDS_SIZE_LIMIT', `${name}: inflates ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times (zip bomb?)`);
          continue;
        }
        let raw;
        try {
          raw = await zip.openReadStreamPromise(entry);
        } catch (err) {
          ctx.problem('UNABLE_TO_PARSE_FILE', `${name}: ${(err as Error).message}`);
          continue;
        }
        const compressed = entry.compressedSize;
        const src = raw;
        const checked = (async function* () {
          try {
            yield* metered(src[Symbol.asyncIterator](), ctx, name, () => compressed);
          } catch (err) {
            if (err instanceof ExtractError) throw err;
            throw new ExtractError('MALFORMED_FILE', (err as Error).message);
          }
        })();
        try {
          const { head, stream } = await peek(checked);
          await ctx.member({ name, head, size: entry.uncompressedSize, stream });
        } catch (err) {
          if (err instanceof ExtractError && err.reason.startsWith('ARCHIVE_TOTAL')) throw err;
          ctx.problem(err instanceof ExtractError ? err.reason : 'MALFORMED_FILE', `${name}: ${(err as Error).message}`);
        } finally {
          raw.destroy();
        }
      }
    } finally {
      zip.close();
      await cleanup();
    }
  },
};
