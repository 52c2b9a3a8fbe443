/**
 * Scanning what git is about to record: the staged blobs (`--staged`), the blobs of a revision
 * range (`--diff A..B`) or every blob in the index (baselines). By default only the lines a change
 * adds are judged; keywords on the lines around them still count as context.
 *
 * Runs in this thread with the engine directly (no worker pool, no file-system walk), so the
 * pre-commit hook starts fast; only when more than POOL_MIN_BYTES are judged does it use workers.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASELINE_FILE, BaselineIndex, formatBaseline, loadBaseline, normalizeValue, parseBaseline, valueKey, type Baseline, type KeyedValue } from '../baseline.js';
import { defaultConfig, type Config } from '../config.js';
import type { Engine } from '../engine.js';
import { bomEncoding, isUtf16Bom, utf8Chars } from '../bytes.js';
import { detectionSettings, engineFor, type DetectionSettings } from '../registry.js';
import { Readable } from 'node:stream';
import type { Extractor } from '../extractors/types.js';
import { buildFinding, CHUNK, matchString, severityOf, type FileScanOptions, type RangeResult } from '../scan-file.js';
import { allows, parseAllow, ALLOW_MARKER, type Allow } from '../suppress.js';
import { summarize } from '../summary.js';
import type { Detector, FileResult, Finding, ScanResult, StructuredLocation } from '../types.js';
import type { WorkerTask } from '../worker.js';
import { readBlobs, type BlobRead } from './blobs.js';
import { GITLINK, indexEntries, rangeDiff, stagedDiff, type DiffEntry, type LineRange } from './diff.js';
import { topLevel } from './run.js';

/** Blobs are held in memory while scanned; larger ones are skipped (and reported). */
export const MAX_BLOB_BYTES = 256 << 20;
const SNIFF = 8000;
const LFS_HEADER = 'version https://git-lfs.github.com/spec/v1';

export type GitTarget = { kind: 'staged' } | { kind: 'range'; range: string } | { kind: 'index' };

export interface GitScanOptions {
  /** Any folder inside the repository. Default: the working directory. */
  cwd?: string;
  config?: Config;
  /** Judge whole files instead of the added lines. */
  allLines?: boolean;
  /** Put raw values into findings. */
  showValues?: boolean;
  /** Add to each finding why it was reported (`--explain`; the keyword distance is not tracked here). */
  explain?: boolean;
  /** Skip blobs larger than this (default: the config's maxFileBytes, at most MAX_BLOB_BYTES). */
  maxBlobBytes?: number;
  /** The baseline to apply: default the repository's `.pii-guard-baseline.json`; null: none. */
  baseline?: Baseline | null;
  /** Honour `pii-guard:allow` comments (default true). */
  inlineAllow?: boolean;
  /** Key every reported value with this salt (for baseline create/update). */
  keySalt?: string;
  /**
   * Staged scans: paths (relative to `cwd`) named by a hook framework. Those with staged changes are
   * judged as usual; the others are judged whole from the index (`pre-commit run --all-files`).
   */
  paths?: readonly string[];
  /** Worker threads when there is much to judge (default: the number of cores; 1 = this thread only). */
  concurrency?: number;
}

export interface GitScanResult {
  result: ScanResult;
  /** Top level of the working tree. */
  root: string;
  /** Findings not reported because of a `pii-guard:allow` on their line. */
  suppressed: number;
  /** Findings not reported because the baseline has their value. */
  baselined: number;
  /** Files the change deletes (nothing to scan). */
  deleted: number;
  /** A baseline was applied. */
  hasBaseline: boolean;
  /** Keyed values of every finding not allowed inline or by the baseline (only with `keySalt`), beyond the listing cap too. */
  keyed: KeyedValue[];
}

/** Byte offsets where lines start: [0, after first LF, ...]. */
function lineStarts(bin: string): number[] {
  const starts = [0];
  for (let nl = bin.indexOf('\n'); nl !== -1; nl = bin.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return starts;
}

/** Index of the line (0-based) that contains byte `pos`. */
function lineOf(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}


/** A match located in a blob, before suppression and baseline. */
interface Located {
  det: Detector;
  type: string;
  confidence: Finding['confidence'];
  keyword?: string;
  byteStart: number;
  byteEnd: number;
  line: number;
  col: number;
  value: string;
  /** The text of the match's line (for `pii-guard:allow`). */
  lineText: string;
  /** Structured formats: row, column, jsonPath, sheet, member... copied to the finding. */
  where?: StructuredLocation;
}


/** Formats read with their extractor (labels such as a CSV header count as keywords for every row). */
const STRUCTURED_EXT = /\.(csv|tsv|json|jsonl|ndjson|xlsx|xlsm|docx|xls|doc|zip|jar|gz|tgz|tar|pdf|parquet|avro|eml)$/i;

/**
 * The extractor for a blob that is not plain text to read line by line: CSV/TSV/JSON (column headers
 * and JSON keys are keywords), and binary formats (spreadsheets, documents, archives, PDF...).
 */
async function structuredExtractor(path: string, bytes: Buffer): Promise<Extractor | undefined> {
  if (!STRUCTURED_EXT.test(path) && !bytes.subarray(0, SNIFF).includes(0) && !(bytes[0] === 0x25 && bytes[1] === 0x50)) return undefined;
  // Loaded only when a commit has such a file: plain-text commits do not pay for the extractors.
  const { HEAD_BYTES, pickExtractor } = await import('../extractors/index.js');
  const ex = pickExtractor(bytes.subarray(0, HEAD_BYTES), path);
  return ex && ex.id !== 'text' ? ex : undefined;
}

/** A structured blob through its extractor; findings become Located (line 0 when the format has no lines). */
async function scanStructuredBlob(
  path: string,
  ex: Extractor,
  bytes: Buffer,
  lines: readonly LineRange[] | 'all',
  engine: Engine,
  byId: ReadonlyMap<string, Detector>,
  config: Config,
): Promise<{ located: Located[]; status: FileResult['status']; format: string }> {
  const [{ HEAD_BYTES }, { runExtractor }] = await Promise.all([import('../extractors/index.js'), import('../scan-structured.js')]);
  const input = { name: path, head: bytes.subarray(0, HEAD_BYTES), size: bytes.length, buffer: bytes, stream: () => Readable.from([bytes]) };
  const opts = { maxFindingsPerType: Number.MAX_SAFE_INTEGER, maxFileBytes: Number.MAX_SAFE_INTEGER, showValues: true, ...(config.extraction ? { extraction: config.extraction } : {}) };
  const { result, findings } = await runExtractor(path, ex, input, engine, byId, opts);
  const bin = bytes.toString('latin1');
  const starts = lineStarts(bin);
  const judged = (line: number): boolean => lines === 'all' || line === 0 || lines.some(([f, l]) => line >= f && line <= l);
  const located: Located[] = [];
  for (const f of findings) {
    // Formats without lines (XLSX, PDF...) are judged whole; text formats only on the added lines.
    if (!judged(f.line)) continue;
    const ls = f.line > 0 ? starts[f.line - 1] : undefined;
    const loc: Located = {
      det: byId.get(f.detector)!,
      type: f.type,
      confidence: f.confidence,
      byteStart: f.byteStart,
      byteEnd: f.byteEnd,
      line: f.line,
      col: f.col,
      value: f.text ?? '',
      lineText: ls === undefined || f.member !== undefined ? '' : bin.slice(ls, starts[f.line] ?? bin.length),
    };
    if (f.keyword) loc.keyword = f.keyword;
    loc.where = f; // buildFinding copies the location fields that are set
    located.push(loc);
  }
  return { located, status: result.status, format: ex.id };
}

/** A UTF-8 or Latin-1 blob ready to be matched: its byte string, line starts and judged byte ranges. */
interface Prepared {
  bin: string;
  starts: number[];
  enc: 'utf8' | 'latin1';
  bom: boolean;
  /** Disjoint, sorted byte ranges [a, b) whose matches are judged. */
  ranges: Array<[number, number]>;
}

function prepare(bytes: Buffer, lines: readonly LineRange[] | 'all'): Prepared {
  const bin = bytes.toString('latin1');
  const starts = lineStarts(bin);
  const len = bin.length;
  const ranges: Array<[number, number]> = [];
  if (lines === 'all') {
    if (len) ranges.push([0, len]);
  } else {
    for (const [first, last] of lines) {
      const a = starts[first - 1] ?? len;
      const b = starts[last] ?? len;
      if (b <= a) continue;
      const prev = ranges[ranges.length - 1];
      if (prev && prev[1] >= a) prev[1] = Math.max(prev[1], b);
      else ranges.push([a, b]);
    }
  }
  return { bin, starts, enc: isUtf8(bytes) ? 'utf8' : 'latin1', bom: bin.startsWith('\xef\xbb\xbf'), ranges };
}

/** A match with absolute byte offsets, from this thread or a worker. */
interface RawMatch {
  det: Detector;
  type: string;
  confidence: Finding['confidence'];
  keyword?: string;
  start: number;
  end: number;
}

/** Runs the engine over the judged ranges, in windows of CHUNK bytes plus the engine's overlap. */
function detectLocal(p: Prepared, engine: Engine): RawMatch[] {
  const ov = engine.overlap;
  const len = p.bin.length;
  const out: RawMatch[] = [];
  for (const [a, b] of p.ranges) {
    for (let pos = a; pos < b; pos += CHUNK) {
      const q = Math.min(b, pos + CHUNK);
      const ws = Math.max(0, pos - ov);
      const we = Math.min(len, q + ov);
      for (const m of engine.detect(p.bin.slice(ws, we), pos - ws, q - ws)) {
        const r: RawMatch = { det: m.detector, type: m.type, confidence: m.confidence, start: ws + m.start, end: ws + m.end };
        if (m.keyword) r.keyword = m.keyword;
        out.push(r);
      }
    }
  }
  return out;
}

/** Line, column (characters), value and line text of each match; matches sorted by start. */
function locate(p: Prepared, raw: readonly RawMatch[]): Located[] {
  const { bin, starts, enc } = p;
  const len = bin.length;
  // Columns are counted incrementally along a line, so many matches on one long line stay linear.
  let curLine = -1;
  let curPos = 0;
  let curCol = 0;
  return raw.map((m) => {
    const li = lineOf(starts, m.start);
    const ls = starts[li]!;
    const le = starts[li + 1] ?? len;
    if (li !== curLine || m.start < curPos) {
      curLine = li;
      curPos = ls;
      curCol = 0;
    }
    curCol += enc === 'utf8' ? utf8Chars(bin, curPos, m.start) : m.start - curPos;
    curPos = m.start;
    const col = curCol + 1 - (li === 0 && p.bom ? 1 : 0);
    const loc: Located = {
      det: m.det,
      type: m.type,
      confidence: m.confidence,
      byteStart: m.start,
      byteEnd: m.end,
      line: li + 1,
      col,
      value: Buffer.from(bin.slice(m.start, m.end), 'latin1').toString(enc),
      lineText: bin.slice(ls, le),
    };
    if (m.keyword) loc.keyword = m.keyword;
    return loc;
  });
}

/** UTF-16 blobs (with a BOM): decoded, matched as a string, located in the original bytes. */
function scanUtf16(bytes: Buffer, lines: readonly LineRange[] | 'all', engine: Engine): Located[] {
  const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  const textLines = text.split('\n');
  const judged = (line: number): boolean => lines === 'all' || lines.some(([f, l]) => line >= f && line <= l);
  return matchString(text, engine)
    .filter((m) => judged(m.line))
    .map((m) => {
      const loc: Located = {
        det: m.detector,
        type: m.type,
        confidence: m.confidence,
        byteStart: 2 + 2 * m.start,
        byteEnd: 2 + 2 * m.end,
        line: m.line,
        col: m.col,
        value: text.slice(m.start, m.end),
        lineText: textLines[m.line - 1] ?? '',
      };
      if (m.keyword) loc.keyword = m.keyword;
      return loc;
    });
}

const skipped = (file: string, reason: FileResult['status']['reason'], message: string, bytes = 0): FileResult => ({
  file,
  status: { code: 'SKIPPED', reason, message },
  bytes,
  counts: {},
});

/** Below this many judged bytes, worker threads cost more than they save (as in scan.ts). */
export const POOL_MIN_BYTES = 32 << 20;
/** Files whose blobs are read and held at a time. */
const BATCH_FILES = 2000;
/** Judged ranges are cut into tasks of this size for the workers. */
const RANGE_BYTES = 16 << 20;

interface Job {
  e: DiffEntry;
  bytes: Buffer;
  lines: readonly LineRange[] | 'all';
  utf16: boolean;
  prep?: Prepared | undefined;
  raw?: RawMatch[] | undefined;
  /** Read with this extractor instead of line by line. */
  ex?: Extractor;
}

function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  // src/git/*.ts (tests) → the compiled worker; dist/src/git/*.js → dist/src/worker.js; dist/bundle → its worker.
  const rel = here.endsWith('.ts') ? '../../dist/src/worker.js' : here.includes('/dist/src/git/') ? '../worker.js' : './worker.js';
  return fileURLToPath(new URL(rel, import.meta.url));
}

/**
 * Large inputs (1,000 staged files, a 200 MB file): the blobs are written to a private temporary
 * folder and the judged byte ranges are matched by the worker pool of the file scanner.
 */
async function detectInPool(jobs: Job[], threads: number, settings: DetectionSettings, byId: ReadonlyMap<string, Detector>): Promise<void> {
  const { Piscina } = await import('piscina');
  const dir = await mkdtemp(join(tmpdir(), 'pii-guard-git-'));
  const pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  const opts: FileScanOptions = { maxFindingsPerType: Number.MAX_SAFE_INTEGER, maxFileBytes: Number.MAX_SAFE_INTEGER, showValues: false };
  try {
    let n = 0;
    await Promise.all(
      jobs.map(async (j) => {
        if (!j.prep?.ranges.length) return;
        const file = join(dir, String(n++));
        await writeFile(file, j.bytes, { mode: 0o600 });
        const tasks: Array<Promise<RangeResult>> = [];
        for (const [a, b] of j.prep.ranges) {
          for (let p = a; p < b; p += RANGE_BYTES) {
            tasks.push(pool.run({ kind: 'range', file, start: p, end: Math.min(b, p + RANGE_BYTES), settings, opts } satisfies WorkerTask));
          }
        }
        j.raw = (await Promise.all(tasks)).flatMap((r) =>
          r.findings.map((f) => {
            const m: RawMatch = { det: byId.get(f.detector)!, type: f.type, confidence: f.confidence, start: f.byteStart, end: f.byteEnd };
            if (f.keyword) m.keyword = f.keyword;
            return m;
          }),
        );
      }),
    );
  } finally {
    await pool.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

function isCanonicalBaseline(bytes: Buffer): boolean {
  try {
    const text = bytes.toString('utf8');
    return formatBaseline(parseBaseline(text)) === text;
  } catch {
    return false;
  }
}

/** What a blob is, when it is not text to scan. */
function classifyBlob(path: string, blob: BlobRead | undefined, structured = false): FileResult | undefined {
  if (!blob || blob.kind === 'missing') return skipped(path, 'READ_ERROR', 'the blob is missing from the object database');
  if (blob.kind === 'too-large') return skipped(path, 'FILE_EXCEEDS_SIZE_LIMIT', `blob of ${blob.size} bytes is over the limit for git scans`, blob.size);
  const b = blob.bytes;
  if (b.length < 1024 && b.toString('latin1', 0, LFS_HEADER.length) === LFS_HEADER) {
    return skipped(path, 'UNSUPPORTED_FILE_TYPE_EXCEPTION', `Git LFS pointer: the content is stored outside git; scan the file itself with "pii-guard scan ${path}"`, b.length);
  }
  const isUtf16 = isUtf16Bom(b);
  if (!isUtf16 && !structured && b.subarray(0, SNIFF).includes(0)) return skipped(path, 'UNSUPPORTED_FILE_TYPE_EXCEPTION', 'binary content (NUL bytes)', b.length);
  return undefined;
}

/** Scans staged changes, a revision range, or the whole index. Throws GitError when git fails. */
export async function scanGit(target: GitTarget, options: GitScanOptions = {}): Promise<GitScanResult> {
  const t0 = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? defaultConfig();
  const [root, entries] = await Promise.all([
    topLevel(cwd),
    target.kind === 'staged' ? stagedDiff(cwd) : target.kind === 'range' ? rangeDiff(target.range, cwd) : indexEntries(cwd),
  ]);
  if (target.kind === 'staged' && options.paths?.length) {
    const named = new Set(options.paths.map((p) => relative(root, resolve(cwd, p)).split(sep).join('/')));
    for (const e of entries) named.delete(e.path);
    if (named.size) {
      for (const e of await indexEntries(cwd)) {
        if (named.has(e.path)) entries.push({ ...e, whole: true });
      }
    }
  }
  const baseline = options.baseline === undefined ? await loadBaseline(root) : options.baseline;
  const index = baseline ? new BaselineIndex(baseline) : undefined;
  const engine = engineFor(detectionSettings(config));
  const detectorIds = new Set(engine.detectors.map((d) => d.id));
  const allLines = options.allLines || target.kind === 'index';
  const maxBlob = options.maxBlobBytes ?? Math.min(config.maxFileBytes, MAX_BLOB_BYTES);
  const inlineAllow = options.inlineAllow ?? true;

  let deleted = 0;
  const files: FileResult[] = [];
  const work: DiffEntry[] = [];
  for (const e of entries) {
    if (e.status === 'D') deleted++;
    else if (e.status === 'U') files.push(skipped(e.path, 'READ_ERROR', 'unmerged: resolve the conflict and stage the file'));
    else if (e.dstMode === GITLINK) files.push(skipped(e.path, 'UNSUPPORTED_FILE_TYPE_EXCEPTION', 'submodule (gitlink): its repository is scanned on its own'));
    else if (allLines || e.whole || e.added.length || e.binaryDiff) work.push(e);
  }
  const byId = new Map(engine.detectors.map((d) => [d.id, d]));
  const findings: Finding[] = [];
  const keyed: KeyedValue[] = [];
  let suppressed = 0;
  let baselined = 0;
  let threadsUsed = 1;
  // Blobs are read in batches, so that a whole-index scan (baseline create) does not hold the whole repository in memory.
  for (let at = 0; at < work.length; at += BATCH_FILES) {
    const batch = work.slice(at, at + BATCH_FILES);
    const blobs = await readBlobs(batch.map((e) => e.dstOid), cwd, maxBlob);

    const jobs: Job[] = [];
    for (const e of batch) {
      const blob = blobs.get(e.dstOid);
      const ex = blob?.kind === 'blob' ? await structuredExtractor(e.path, blob.bytes) : undefined;
      const skip = classifyBlob(e.path, blob, !!ex);
      if (skip) {
        files.push(skip);
        continue;
      }
      const bytes = (blob as { bytes: Buffer }).bytes;
      // The baseline holds keyed fingerprints only (hex that could look like digits); it is skipped
      // when it is exactly what pii-guard writes, so nothing else can hide in it.
      if (e.path === BASELINE_FILE && isCanonicalBaseline(bytes)) continue;
      // git shows no hunks for files it treats as binary (e.g. `-diff` in .gitattributes): judge all lines.
      const lines = allLines || e.whole || e.binaryDiff ? 'all' : e.added;
      const utf16 = isUtf16Bom(bytes);
      if (ex) jobs.push({ e, bytes, lines, utf16, ex });
      else jobs.push(utf16 ? { e, bytes, lines, utf16 } : { e, bytes, lines, utf16, prep: prepare(bytes, lines) });
    }
    const judgedBytes = jobs.reduce((n, j) => n + (j.prep?.ranges.reduce((m, [a, b]) => m + b - a, 0) ?? 0), 0);
    const big = judgedBytes >= POOL_MIN_BYTES;
    const threads = big ? Math.max(1, Math.min(options.concurrency ?? availableParallelism(), 64)) : 1;
    const usePool = big && threads > 1 && existsSync(workerFile());
    if (usePool) {
      await detectInPool(jobs, threads, detectionSettings(config), byId);
      threadsUsed = threads;
    }

    for (const job of jobs) {
      const { e, bytes, lines, utf16 } = job;
      let status: FileResult['status'] = { code: 'COMPLETE', reason: null };
      let format: string | undefined;
      let located: Located[];
      if (job.ex) ({ located, status, format } = await scanStructuredBlob(e.path, job.ex, bytes, lines, engine, byId, config));
      else located = utf16 ? scanUtf16(bytes, lines, engine) : locate(job.prep!, job.raw ?? detectLocal(job.prep!, engine));
      job.prep = undefined;
      job.raw = undefined;
      const kept: Array<{ loc: Located; hmac?: string }> = [];
      const allowOfLine = new Map<number, Allow | undefined>(); // each line is read once, however many values it has
      for (const loc of located) {
        let allow = allowOfLine.get(loc.line);
        if (inlineAllow && !allowOfLine.has(loc.line)) {
          allow = loc.lineText.includes(ALLOW_MARKER) ? parseAllow(loc.lineText, detectorIds) : undefined;
          allowOfLine.set(loc.line, allow);
        }
        if (allow && allows(allow, loc.type, loc.det.id)) {
          suppressed++;
          continue;
        }
        let hmac: string | undefined;
        const norm = index || options.keySalt ? normalizeValue(loc.value, loc.det) : '';
        if (index) {
          const v = { detector: loc.det.id, path: e.path, oldPaths: e.oldPath ? [e.oldPath] : [], hmac: index.key(loc.det.id, norm) };
          if (index.covers(v)) {
            baselined++;
            continue;
          }
          if (options.keySalt === index.salt) hmac = v.hmac;
        }
        if (options.keySalt && !hmac) hmac = valueKey(options.keySalt, loc.det.id, norm);
        kept.push(hmac ? { loc, hmac } : { loc });
      }
      const counts: Record<string, number> = {};
      for (const { loc } of kept) counts[loc.type] = (counts[loc.type] ?? 0) + 1;
      // Custom identifiers may report nothing below a number of occurrences (severityOf undefined).
      for (const { loc } of kept) if (counts[loc.type] !== undefined && !severityOf(loc.det, counts[loc.type]!)) delete counts[loc.type];
      const ordinals: Record<string, number> = {};
      let truncated = false;
      for (const { loc, hmac } of kept) {
        if (counts[loc.type] === undefined) continue;
        if (hmac) keyed.push({ detector: loc.det.id, type: loc.type, path: e.path, hmac, ...(e.oldPath ? { oldPaths: [e.oldPath] } : {}) });
        const ordinal = (ordinals[loc.type] = (ordinals[loc.type] ?? 0) + 1);
        if (ordinal > config.maxFindingsPerType) {
          truncated = true;
          continue;
        }
        const n = counts[loc.type]!;
        const placed = { file: e.path, line: loc.line, col: loc.col, value: loc.value, ordinal, occurrences: n, severity: severityOf(loc.det, n)!, ...(loc.where ? { where: loc.where } : {}) };
        findings.push(buildFinding(loc.det, loc, placed, { showValues: !!options.showValues, explain: !!options.explain }));
      }
      const r: FileResult = {
        file: e.path,
        status,
        bytes: bytes.length,
        encoding: utf16 ? bomEncoding(bytes)! : isUtf8(bytes) ? (bomEncoding(bytes) ?? 'utf-8') : 'latin1',
        counts,
      };
      if (truncated) r.truncated = true;
      if (format) r.format = format;
      files.push(r);
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.byteStart - b.byteStart));

  const result = summarize(files, findings, performance.now() - t0, threadsUsed);
  return { result, root, suppressed, baselined, deleted, hasBaseline: !!index, keyed };
}
