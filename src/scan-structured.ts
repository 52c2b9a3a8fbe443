/**
 * Structured files (CSV, JSON, archives, documents...) through the engine: an extractor turns the
 * file into segments, this module batches them, runs the engine, and turns matches into findings
 * with Macie's location fields and a per-file status with Macie's reason codes.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { open } from 'node:fs/promises';
import type { Engine } from './engine.js';
import { HEAD_BYTES, pickExtractor } from './extractors/index.js';
import { chars } from './extractors/text.js';
import { DEFAULT_LIMITS, ExtractError, type ExtractContext, type ExtractionLimits, type Extractor, type Input, type Segment } from './extractors/types.js';
import { peek } from './extractors/archive.js';
import { buildFinding, errorStatus, severityOf, type FileScanOptions, type Sniff } from './scan-file.js';
import type { Detector, FileResult, Finding, Match, StatusReason } from './types.js';

/** File options plus the extraction limits (config `extraction`). */
export interface StructuredScanOptions extends FileScanOptions {
  extraction?: Partial<ExtractionLimits>;
}

/** Extractors whose files are archives (they count for the nesting limit). */
export const ARCHIVE_IDS: ReadonlySet<string> = new Set(['zip', 'gzip', 'tar']);

/** Segments are joined into batches of about this many bytes per label set before the engine runs. */
const BATCH_BYTES = 64 << 10;
/**
 * All batches are scanned when this many bytes (or segments) wait in them: segments that wait long
 * survive young-generation GCs and cost far more (measured: 4,096 segments is the sweet spot).
 */
const BUFFERED_BYTES = 1 << 20;
const BUFFERED_SEGMENTS = 4096;
/** Longer segments are scanned in windows of this size. */
const WINDOW = 1 << 20;
const NO_LABELS: readonly string[] = [];

interface Batch {
  labels: readonly string[];
  segs: Segment[];
  /** Order of each segment in the file (findings are sorted by it). */
  seqs: number[];
  bytes: number;
}

interface Located {
  seq: number;
  k: number;
  type: string;
  detector: Detector;
  confidence: Match['confidence'];
  keyword?: string;
  keywordDistance?: number;
  label?: string;
  value: string;
  line: number;
  col: number;
  byteStart: number;
  byteEnd: number;
  /** The segment's location only: keeping the segment would keep its text (and the chunk it is a slice of). */
  loc: Segment['location'];
}

/** One structured scan of one file: collects findings, counts and problems. */
class Run {
  readonly counts: Record<string, number> = {};
  readonly listed: Record<string, number> = {};
  readonly found: Located[] = [];
  truncated = false;
  readonly problems: Array<{ reason: StatusReason; message: string }> = [];
  files = 0;
  extractedBytes = 0;
  segments = 0;
  private seq = 0;
  private readonly batches = new Map<string, Batch>();
  private readonly byRef = new Map<readonly string[], Batch>();
  private buffered = 0;
  private bufferedSegs = 0;
  private cursor: { seg: Segment; k: number; line: number; col: number } | undefined;

  constructor(
    readonly engine: Engine,
    readonly limits: ExtractionLimits,
    private readonly maxPerType: number,
  ) {}

  add(seg: Segment): void {
    this.segments++;
    const seq = this.seq++;
    if (seg.from !== undefined || seg.text.length > BATCH_BYTES) {
      this.direct(seg, seq);
      return;
    }
    const labels = seg.labels ?? NO_LABELS;
    let b = this.byRef.get(labels);
    if (!b) {
      // Extractors reuse label arrays where they can; others are matched by content.
      const key = labels.join('\u0001');
      b = this.batches.get(key);
      if (!b) this.batches.set(key, (b = { labels, segs: [], seqs: [], bytes: 0 }));
      if (this.byRef.size < 10000) this.byRef.set(labels, b);
    }
    b.segs.push(seg);
    b.seqs.push(seq);
    b.bytes += seg.text.length + 1;
    this.buffered += seg.text.length + 1;
    this.bufferedSegs++;
    if (b.bytes >= BATCH_BYTES) this.flush(b);
    if (this.buffered >= BUFFERED_BYTES || this.bufferedSegs >= BUFFERED_SEGMENTS) this.flushAll();
  }

  flushAll(): void {
    for (const b of this.batches.values()) this.flush(b);
    this.batches.clear();
    this.byRef.clear();
  }

  private flush(b: Batch): void {
    if (!b.segs.length) return;
    const segs = b.segs;
    const seqs = b.seqs;
    let text = segs[0]!.text;
    for (let i = 1; i < segs.length; i++) text += '\n' + segs[i]!.text;
    this.buffered -= b.bytes;
    this.bufferedSegs -= segs.length;
    b.segs = [];
    b.seqs = [];
    b.bytes = 0;
    const matches = this.engine.detect(text, 0, text.length, b.labels.length ? { labels: b.labels } : undefined);
    if (!matches.length) return;
    const starts: number[] = new Array(segs.length);
    for (let i = 0, p = 0; i < segs.length; i++) {
      starts[i] = p;
      p += segs[i]!.text.length + 1;
    }
    let idx = 0;
    for (const m of matches) {
      while (idx + 1 < starts.length && starts[idx + 1]! <= m.start) idx++;
      const seg = segs[idx]!;
      const k = m.start - starts[idx]!;
      if (k + (m.end - m.start) > seg.text.length) continue; // across two cells: not a value
      this.record(m, seg, k, seqs[idx]!);
    }
  }

  /** Windows over a long segment (or a plain-text window that brings its own context). */
  private direct(seg: Segment, seq: number): void {
    const labels = seg.labels?.length ? { labels: seg.labels } : undefined;
    if (seg.from !== undefined) {
      for (const m of this.engine.detect(seg.text, seg.from, seg.to ?? seg.text.length, labels)) this.record(m, seg, m.start, seq);
      return;
    }
    const t = seg.text;
    const ov = this.engine.overlap;
    for (let pos = 0; pos < t.length; pos += WINDOW) {
      const ws = Math.max(0, pos - ov);
      const we = Math.min(t.length, pos + WINDOW + ov);
      const w = ws === 0 && we === t.length ? t : t.slice(ws, we);
      for (const m of this.engine.detect(w, pos - ws, Math.min(pos + WINDOW, t.length) - ws, labels)) {
        this.record({ ...m, start: m.start + ws, end: m.end + ws }, seg, m.start + ws, seq);
      }
    }
  }

  private record(m: Match, seg: Segment, k: number, seq: number): void {
    const n = (this.counts[m.type] = (this.counts[m.type] ?? 0) + 1);
    if (n > this.maxPerType) {
      this.truncated = true;
      return;
    }
    this.listed[m.type] = n;
    const len = m.end - m.start;
    const t = seg.text;
    const loc = seg.location;
    let line = 0;
    let col = 0;
    if (loc.line !== undefined) {
      // Line and column of text[k], from the segment's origin (or from the last finding in it).
      const origin = seg.from ?? 0;
      let c = this.cursor;
      if (!c || c.seg !== seg || c.k > k || k < origin) c = { seg, k: origin, line: loc.line, col: loc.col ?? 1 };
      let at = c.k;
      let ln = c.line;
      let cl = c.col;
      if (k >= origin) {
        for (let nl = t.indexOf('\n', at); nl !== -1 && nl < k; nl = t.indexOf('\n', at)) {
          ln++;
          cl = 1;
          at = nl + 1;
        }
        cl += chars(t, at, k);
        this.cursor = { seg, k, line: ln, col: cl };
      }
      line = ln;
      col = cl;
    }
    const byteStart = seg.byteOffset !== undefined ? seg.byteOffset + k : 0;
    const raw = t.slice(k, k + len);
    const value = Buffer.from(raw, 'latin1').toString(seg.latin1 ? 'latin1' : 'utf8');
    const f: Located = {
      seq,
      k,
      type: m.type,
      detector: m.detector,
      confidence: m.confidence,
      value,
      line,
      col,
      byteStart,
      byteEnd: seg.byteOffset !== undefined ? byteStart + len : 0,
      loc,
    };
    if (m.keyword) f.keyword = m.keyword;
    if (m.keywordDistance !== undefined) f.keywordDistance = m.keywordDistance;
    if (m.label !== undefined) f.label = m.label;
    this.found.push(f);
  }
}

/** Reads the first bytes of a file. */
async function readHead(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const b = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(b, 0, HEAD_BYTES, 0);
    return b.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The structured format of a file on disk, or undefined for plain text and unknown binaries. */
export async function structuredFormat(file: string): Promise<string | undefined> {
  try {
    const ex = pickExtractor(await readHead(file), file);
    return ex && ex.id !== 'text' ? ex.id : undefined;
  } catch {
    return undefined;
  }
}

/** A file on disk as an extractor input. */
export function fileInput(path: string, head: Buffer, size: number, name = path): Input {
  return { name, head, size, path, stream: () => createReadStream(path, { highWaterMark: 1 << 20 }) };
}

function makeContext(run: Run, depth: number, member: string | undefined): ExtractContext {
  const ctx: ExtractContext = {
    limits: run.limits,
    overlap: run.engine.overlap,
    depth,
    emit(seg) {
      if (member !== undefined) seg.location.member = member;
      run.add(seg);
    },
    problem(reason, message) {
      run.problems.push({ reason, message: member !== undefined ? `${member}: ${message}` : message });
    },
    extracted(bytes) {
      run.extractedBytes += bytes;
      if (run.extractedBytes > run.limits.archiveTotalBytes) {
        throw new ExtractError('ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT', `more than ${run.limits.archiveTotalBytes} bytes extracted; extraction stopped`);
      }
    },
    async member(input, mopts) {
      const path = mopts?.sameMember ? member : member !== undefined ? `${member}!${input.name}` : input.name;
      const where = path ?? input.name;
      if (++run.files > run.limits.archiveFiles) {
        throw new ExtractError('ARCHIVE_TOTAL_DOCUMENTS_PROCESSED_OVER_LIMIT', `more than ${run.limits.archiveFiles} files extracted; extraction stopped`);
      }
      const ex = pickExtractor(input.head, input.name);
      if (!ex) {
        // The archive reader skips the rest of the member.
        run.problems.push({ reason: 'ARCHIVE_CONTAINS_UNPROCESSED_FILES', message: `${where}: unsupported binary content` });
        return;
      }
      if (ARCHIVE_IDS.has(ex.id) && depth + 1 >= run.limits.archiveDepth) {
        run.problems.push({ reason: 'ARCHIVE_NESTING_LEVEL_OVER_LIMIT', message: `${where}: archives nested more than ${run.limits.archiveDepth} levels deep` });
        return;
      }
      const child = makeContext(run, depth + 1, path);
      try {
        await ex.extract(input, child);
      } catch (err) {
        if (err instanceof ExtractError) {
          if (err.reason === 'ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT' || err.reason === 'ARCHIVE_TOTAL_DOCUMENTS_PROCESSED_OVER_LIMIT') throw err;
          run.problems.push({ reason: err.reason, message: `${where}: ${err.message}` });
        } else {
          run.problems.push({ reason: 'UNABLE_TO_PARSE_FILE', message: `${where}: ${(err as Error).message}` });
        }
      }
    },
  };
  return ctx;
}

/** Runs one extractor over one input; never throws. */
export async function runExtractor(
  file: string,
  ex: Extractor,
  input: Input,
  engine: Engine,
  byId: ReadonlyMap<string, Detector>,
  opts: StructuredScanOptions,
): Promise<{ result: FileResult; findings: Finding[] }> {
  const limits: ExtractionLimits = { ...DEFAULT_LIMITS, ...opts.extraction };
  const run = new Run(engine, limits, opts.maxFindingsPerType);
  const result: FileResult = { file, status: { code: 'COMPLETE', reason: null }, bytes: input.size ?? 0, counts: {}, format: ex.id };
  let fatal: ExtractError | undefined;
  try {
    await ex.extract(input, makeContext(run, 0, undefined));
  } catch (err) {
    if (err instanceof ExtractError) {
      if (err.skipWhole) fatal = err;
      else run.problems.push({ reason: err.reason, message: err.message });
    } else {
      run.problems.push({ reason: 'UNABLE_TO_PARSE_FILE', message: (err as Error).message });
    }
  }
  try {
    run.flushAll();
  } catch (err) {
    run.problems.push({ reason: 'UNABLE_TO_PARSE_FILE', message: (err as Error).message });
  }
  if (fatal) {
    result.status = { code: 'SKIPPED', reason: fatal.reason, message: fatal.message };
    return { result, findings: [] };
  }
  if (run.problems.length) {
    const p = run.problems;
    const nothing = run.segments === 0;
    result.status = {
      code: nothing ? 'SKIPPED' : 'PARTIAL',
      reason: p[0]!.reason,
      message: p.slice(0, 5).map((x) => x.message).join('; ') + (p.length > 5 ? `; and ${p.length - 5} more` : ''),
    };
  }
  // Types below a custom identifier's lowest threshold give no finding and are not counted.
  for (const f of run.found) {
    const n = run.counts[f.type];
    if (n !== undefined && !severityOf(byId.get(f.detector.id) ?? f.detector, n)) delete run.counts[f.type];
  }
  result.counts = run.counts;
  if (run.truncated) result.truncated = true;
  run.found.sort((a, b) => a.seq - b.seq || a.k - b.k);
  const perType: Record<string, number> = {};
  const findings: Finding[] = [];
  for (const f of run.found) {
    const det = byId.get(f.detector.id) ?? f.detector;
    if (run.counts[f.type] === undefined) continue;
    const ordinal = (perType[f.type] = (perType[f.type] ?? 0) + 1);
    const n = run.counts[f.type] ?? 1;
    const severity = severityOf(det, n)!;
    findings.push(buildFinding(det, f, { file, line: f.line, col: f.col, value: f.value, ordinal, occurrences: n, severity, where: f.loc }, opts));
  }
  return { result, findings };
}

/**
 * The structured path of `scanFile`: returns undefined for plain text (and for files the plain path
 * reports on: missing, too large), so that the caller scans them as text. Never throws. `data` is the
 * whole file when the caller has already read it; `name` the file as results show it.
 */
export async function scanStructured(
  file: string,
  sniffed: Sniff,
  engine: Engine,
  byId: ReadonlyMap<string, Detector>,
  opts: StructuredScanOptions,
  data?: Buffer,
  name = file,
): Promise<{ result: FileResult; findings: Finding[] } | undefined> {
  if (sniffed.status && sniffed.status.reason !== 'UNSUPPORTED_FILE_TYPE_EXCEPTION') return undefined;
  let head: Buffer;
  try {
    head = data ? data.subarray(0, HEAD_BYTES) : await readHead(file);
  } catch {
    return undefined;
  }
  const ex = pickExtractor(head, file);
  if (!ex || ex.id === 'text') return undefined;
  const input = fileInput(file, head, sniffed.size);
  if (data) {
    input.buffer = data;
    input.stream = () => Readable.from([data], { objectMode: false });
  }
  return runExtractor(name, ex, input, engine, byId, opts);
}

/**
 * A stream (standard input) scanned as one file called `name`: its format from magic bytes, then from
 * the extension of `name`; plain text otherwise; binary content is SKIPPED as for files. Read once,
 * front to back (formats that need random access, like zip and PDF, are held as archive members are).
 * Never throws: a read error is the result's status.
 */
export async function scanStream(
  name: string,
  source: AsyncIterable<Buffer>,
  engine: Engine,
  byId: ReadonlyMap<string, Detector>,
  opts: StructuredScanOptions,
): Promise<{ result: FileResult; findings: Finding[] }> {
  let bytes = 0;
  const counted = async function* (): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += b.length;
      yield b;
    }
  };
  let peeked: Awaited<ReturnType<typeof peek>>;
  try {
    peeked = await peek(counted(), HEAD_BYTES);
  } catch (err) {
    return { result: { file: name, status: errorStatus(err), bytes, counts: {} }, findings: [] };
  }
  const ex = pickExtractor(peeked.head, name);
  if (!ex) {
    const status: FileResult['status'] = { code: 'SKIPPED', reason: 'UNSUPPORTED_FILE_TYPE_EXCEPTION', message: 'binary content' };
    return { result: { file: name, status, bytes, counts: {} }, findings: [] };
  }
  const out = await runExtractor(name, ex, { name, head: peeked.head, stream: peeked.stream }, engine, byId, opts);
  out.result.bytes = bytes;
  return out;
}
