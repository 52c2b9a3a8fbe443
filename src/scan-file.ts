/**
 * One file (or one byte range of a large file) through the engine, in fixed-size chunks with overlap,
 * so memory does not grow with the file and a value across a chunk boundary is found exactly once.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { bomEncoding, fromByteString, toByteString, utf8Chars } from './bytes.js';
import type { Engine } from './engine.js';
import { explainFinding } from './explain.js';
import { fingerprint, mask } from './mask.js';
import type { Confidence, Detector, FileResult, Finding, Match, Severity, StatusReason, StructuredLocation } from './types.js';

/** Bytes a chunk covers (its own region); each read adds the engine's overlap on both sides. */
export const CHUNK = 1 << 20;
const SNIFF = 8000;
/** UTF-16 files are transcoded in memory; larger ones are skipped. */
const MAX_UTF16_BYTES = 256 << 20;

export interface FileScanOptions {
  /** Occurrences listed per type per file; more are counted but not listed (Macie keeps 1,000). */
  maxFindingsPerType: number;
  /** Files larger than this are skipped with FILE_EXCEEDS_SIZE_LIMIT. */
  maxFileBytes: number;
  /** Put raw values into findings (`text`). */
  showValues: boolean;
  /** Add to each finding why it was reported (`explain`). */
  explain?: boolean;
}

/**
 * Severity of a type with `occurrences` in one file: the detector's function when it has one (custom
 * identifiers' thresholds), else Macie's 1 / 2–99 / 100+ table. Undefined: report no finding.
 */
export function severityOf(det: Detector, occurrences: number): Severity | undefined {
  if (det.severityFor) return det.severityFor(occurrences);
  return det.severity[occurrences >= 100 ? 2 : occurrences >= 2 ? 1 : 0];
}

/** A match located inside one byte range; line and column are relative to the range. */
export interface RangeFinding {
  detector: string;
  type: string;
  confidence: Confidence;
  keyword?: string;
  /** For --explain: characters between keyword and value, and the label that held the keyword. */
  keywordDistance?: number;
  label?: string;
  byteStart: number;
  byteEnd: number;
  /** The value as a byte string. */
  value: string;
  /** Newlines between the range start and the match. */
  lineInRange: number;
  /** Characters from the start of the line (or of the range, when `lineInRange` is 0). */
  col: number;
}

export interface RangeResult {
  findings: RangeFinding[];
  counts: Record<string, number>;
  truncated: boolean;
  newlines: number;
  /** Characters after the last newline of the range (all of them when it has none). */
  tailChars: number;
  invalidUtf8: boolean;
}

export type Encoding = NonNullable<FileResult['encoding']>;

/** What the first bytes of a file say about it. */
export interface Sniff {
  size: number;
  encoding?: Encoding;
  /** Set when the file cannot be scanned as text. */
  status?: FileResult['status'];
}


/** The status of a file (or folder) that could not be read, from the system error. */
export function errorStatus(err: unknown): FileResult['status'] {
  const code = (err as NodeJS.ErrnoException).code;
  const reason: StatusReason =
    code === 'ENOENT' ? 'FILE_NOT_FOUND' : code === 'EACCES' || code === 'EPERM' ? 'PERMISSION_DENIED' : 'READ_ERROR';
  return { code: 'SKIPPED', reason, message: (err as Error).message };
}

/** Encoding and whether the content is text at all, from its first bytes. */
function sniffHead(b: Buffer, size: number): Sniff {
  const bom = bomEncoding(b);
  if (bom === 'utf-16le' || bom === 'utf-16be') return { size, encoding: bom };
  if (b.includes(0)) {
    return {
      size,
      encoding: 'binary',
      status: { code: 'SKIPPED', reason: 'UNSUPPORTED_FILE_TYPE_EXCEPTION', message: 'binary content (NUL bytes)' },
    };
  }
  return { size, encoding: bom ?? 'utf-8' };
}

/** Size, encoding and whether the file is text at all. Never throws. */
export async function sniff(path: string, opts: Pick<FileScanOptions, 'maxFileBytes'>): Promise<Sniff> {
  let fh: FileHandle | undefined;
  try {
    const st = await stat(path);
    if (!st.isFile()) {
      const kind = st.isFIFO() ? 'a named pipe' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'a folder';
      return { size: 0, status: { code: 'SKIPPED', reason: 'READ_ERROR', message: `not a regular file (${kind})` } };
    }
    if (st.size > opts.maxFileBytes) {
      return {
        size: st.size,
        status: { code: 'SKIPPED', reason: 'FILE_EXCEEDS_SIZE_LIMIT', message: `larger than maxFileBytes (${opts.maxFileBytes})` },
      };
    }
    fh = await open(path, 'r');
    const head = Buffer.alloc(Math.min(SNIFF, st.size));
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return sniffHead(head.subarray(0, bytesRead), st.size);
  } catch (err) {
    return { size: 0, status: errorStatus(err) };
  } finally {
    await fh?.close();
  }
}

/**
 * The whole of a small regular file (at most one chunk and within the size limit), in one open and
 * one read; undefined otherwise or on any error (the caller then takes the path that reports it).
 * Synchronous: scanning the file blocks this thread far longer than reading it, and a small read
 * costs less than the trips through libuv's pool that the promise API makes for open, stat, read, close.
 */
function readSmall(path: string, maxFileBytes: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer (fstat then says it is no file).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > CHUNK || st.size > maxFileBytes) return undefined;
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < buf.length) {
      const bytesRead = readSync(fd, buf, n, buf.length - n, n);
      if (!bytesRead) break;
      n += bytesRead;
    }
    return buf.subarray(0, n);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

class RangeCollector {
  readonly result: RangeResult = { findings: [], counts: {}, truncated: false, newlines: 0, tailChars: 0, invalidUtf8: false };
  constructor(private readonly maxPerType: number) {}

  add(m: Match, byteStart: number, value: string, lineInRange: number, col: number): void {
    const r = this.result;
    const n = (r.counts[m.type] = (r.counts[m.type] ?? 0) + 1);
    if (n > this.maxPerType) {
      r.truncated = true;
      return;
    }
    const f: RangeFinding = {
      detector: m.detector.id,
      type: m.type,
      confidence: m.confidence,
      byteStart,
      byteEnd: byteStart + (m.end - m.start),
      value,
      lineInRange,
      col,
    };
    if (m.keyword) f.keyword = m.keyword;
    if (m.keywordDistance !== undefined) f.keywordDistance = m.keywordDistance;
    if (m.label !== undefined) f.label = m.label;
    r.findings.push(f);
  }
}

/** Bytes [at, at + length) of the input (fewer at its end), valid until the next call. */
type Fetch = (at: number, length: number) => Buffer | Promise<Buffer>;

/**
 * Scans bytes [start, end) of a text file. Context outside the range is read so that matches and
 * keywords at the edges are seen whole; only matches that start inside the range are reported.
 */
export async function scanRange(path: string, start: number, end: number, engine: Engine, maxPerType: number): Promise<RangeResult> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const stop = Math.min(end, size);
    // Sized to the range: a 1 MiB buffer for every small file costs more than scanning it.
    const buf = Buffer.allocUnsafe(Math.max(0, Math.min(CHUNK, stop - start)) + 2 * engine.overlap);
    const fetch: Fetch = async (at, length) => buf.subarray(0, (await fh.read(buf, 0, length, at)).bytesRead);
    return await scanWindows(fetch, size, start, stop, engine, maxPerType);
  } finally {
    await fh.close();
  }
}

/** A text file already in memory, scanned like {@link scanRange} scans a file on disk. */
export function scanBuffer(data: Buffer, engine: Engine, maxPerType: number): Promise<RangeResult> {
  return scanWindows((at, length) => data.subarray(at, at + length), data.length, 0, data.length, engine, maxPerType);
}

/** The chunk loop of scanRange and scanBuffer: windows of CHUNK bytes plus the engine's overlap on each side. */
async function scanWindows(fetch: Fetch, size: number, start: number, stop: number, engine: Engine, maxPerType: number): Promise<RangeResult> {
  const ov = engine.overlap;
  const out = new RangeCollector(maxPerType);
  const r = out.result;
  let lineInRange = 0;
  let col = 0;
  for (let pos = start; pos < stop; pos += CHUNK) {
    const regionEnd = Math.min(pos + CHUNK, stop);
    const winStart = Math.max(0, pos - ov);
    const winEnd = Math.min(size, regionEnd + ov);
    const buf = await fetch(winStart, winEnd - winStart);
    const bytesRead = buf.length;
    const from = pos - winStart;
    const to = Math.min(regionEnd - winStart, bytesRead);
    if (!r.invalidUtf8) {
      let a = from;
      let b = to;
      while (a < b && (buf[a]! & 0xc0) === 0x80) a++;
      while (b < bytesRead && (buf[b]! & 0xc0) === 0x80) b++;
      if (!isUtf8(buf.subarray(a, b))) r.invalidUtf8 = true;
    }
    const text = buf.toString('latin1', 0, bytesRead);
    let cursor = from;
    const advance = (target: number): void => {
      for (let nl = text.indexOf('\n', cursor); nl !== -1 && nl < target; nl = text.indexOf('\n', cursor)) {
        lineInRange++;
        col = 0;
        cursor = nl + 1;
      }
      col += utf8Chars(text, cursor, target);
      cursor = target;
    };
    for (const m of engine.detect(text, from, to)) {
      advance(m.start);
      out.add(m, winStart + m.start, text.slice(m.start, m.end), lineInRange, col);
    }
    advance(to);
    if (bytesRead < winEnd - winStart) break; // the file shrank while we read it
  }
  r.newlines = lineInRange;
  r.tailChars = col;
  return r;
}

/** Turns the results of consecutive ranges of one file into findings with file-wide lines. */
export function finishFile(
  file: string,
  sniffed: Sniff,
  ranges: readonly RangeResult[],
  byId: ReadonlyMap<string, Detector>,
  opts: FileScanOptions,
): { result: FileResult; findings: Finding[] } {
  const counts: Record<string, number> = {};
  let truncated = false;
  let invalidUtf8 = false;
  for (const r of ranges) {
    for (const t in r.counts) counts[t] = (counts[t] ?? 0) + r.counts[t]!;
    truncated ||= r.truncated;
    invalidUtf8 ||= r.invalidUtf8;
  }
  const encoding: Encoding = invalidUtf8 ? 'latin1' : sniffed.encoding ?? 'utf-8';
  const perType: Record<string, number> = {};
  const findings: Finding[] = [];
  const dropped = new Set<string>();
  let lines = 0;
  let carry = 0; // characters of the current line before the range starts
  for (const r of ranges) {
    for (const f of r.findings) {
      const det = byId.get(f.detector)!;
      const n = counts[f.type] ?? 1;
      const severity = severityOf(det, n);
      if (!severity) {
        // Below a custom identifier's lowest threshold: no finding, and not counted either.
        dropped.add(f.type);
        continue;
      }
      const ordinal = (perType[f.type] = (perType[f.type] ?? 0) + 1);
      if (ordinal > opts.maxFindingsPerType) {
        truncated = true;
        continue;
      }
      const line = 1 + lines + f.lineInRange;
      const col0 = f.lineInRange === 0 ? f.col + carry : f.col;
      const value = Buffer.from(f.value, 'latin1').toString(encoding === 'latin1' ? 'latin1' : 'utf8');
      // A UTF-8 BOM is not a character anyone sees on line 1.
      const col = line === 1 && encoding === 'utf-8-bom' ? col0 : col0 + 1;
      findings.push(buildFinding(det, f, { file, line, col, value, ordinal, occurrences: n, severity }, opts));
    }
    carry = r.newlines > 0 ? r.tailChars : carry + r.tailChars;
    lines += r.newlines;
  }
  for (const t of dropped) delete counts[t];
  const result: FileResult = {
    file,
    status: { code: 'COMPLETE', reason: null },
    bytes: sniffed.size,
    encoding,
    counts,
  };
  if (truncated) result.truncated = true;
  return { result, findings };
}

/** Where a reported value sits, and what its file says about its type. */
export interface Placed {
  file: string;
  line: number;
  col: number;
  /** The value as ordinary text. */
  value: string;
  /** The value's number among the listed values of its type in the file (for the fingerprint). */
  ordinal: number;
  /** Occurrences of the type in the file, and the severity they give (see `severityOf`). */
  occurrences: number;
  severity: Severity;
  /** Location fields of structured files; only those set are copied. */
  where?: StructuredLocation;
}

/** The location fields a finding in a structured file may carry. */
export const LOCATION_KEYS = ['row', 'column', 'columnName', 'jsonPath', 'recordIndex', 'page', 'paragraph', 'sheet', 'cell', 'member'] as const;

/** The one place a Finding is made: masking, fingerprint, Macie flag, explanation (file, structured and git paths). */
export function buildFinding(
  det: Detector,
  f: Pick<RangeFinding, 'type' | 'confidence' | 'keyword' | 'keywordDistance' | 'label' | 'byteStart' | 'byteEnd'>,
  p: Placed,
  opts: Pick<FileScanOptions, 'showValues' | 'explain'>,
): Finding {
  const finding: Finding = {
    type: f.type,
    detector: det.id,
    category: det.category,
    macie: det.macie && !det.extraTypes?.includes(f.type),
    severity: p.severity,
    confidence: f.confidence,
    file: p.file,
    line: p.line,
    col: p.col,
    byteStart: f.byteStart,
    byteEnd: f.byteEnd,
    masked: mask(p.value),
    fingerprint: fingerprint(f.type, p.file, p.ordinal),
  };
  if (opts.showValues) finding.text = p.value;
  if (f.keyword) finding.keyword = fromByteString(f.keyword); // matched on UTF-8 bytes; reported as text
  if (p.where) for (const k of LOCATION_KEYS) if (p.where[k] !== undefined) (finding as unknown as Record<string, unknown>)[k] = p.where[k];
  if (det.customName !== undefined) finding.customName = det.customName;
  if (opts.explain) finding.explain = explainFinding(det, f.type, f, p.where ?? {}, p.occurrences, p.severity);
  return finding;
}

/** Located matches in an ordinary string: UTF-16 indices, UTF-8 byte offsets, 1-based line and column. */
export interface StringMatch extends Match {
  /** Byte offsets in the UTF-8 encoding of the string. */
  byteStart: number;
  byteEnd: number;
  line: number;
  col: number;
}

/** Runs the engine over a JS string and maps byte positions back to string indices. */
export function matchString(text: string, engine: Engine): StringMatch[] {
  const bytes = toByteString(text);
  const matches = engine.detect(bytes);
  const out: StringMatch[] = [];
  // Walk bytes and UTF-16 units together; matches are sorted by start.
  let b = 0;
  let u = 0;
  let line = 1;
  let lineStartU = 0;
  const toUnits = (target: number): number => {
    while (b < target) {
      const c = bytes.charCodeAt(b);
      const len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      if (c === 10) {
        line++;
        lineStartU = u + 1;
      }
      b += len;
      u += len === 4 ? 2 : 1;
    }
    return u;
  };
  for (const m of matches) {
    const start = toUnits(m.start);
    const mLine = line;
    const col = [...text.slice(lineStartU, start)].length + 1;
    const end = start + Buffer.from(bytes.slice(m.start, m.end), 'latin1').toString('utf8').length;
    out.push({ ...m, start, end, byteStart: m.start, byteEnd: m.end, line: mLine, col });
  }
  return out;
}

/** UTF-16 files: transcoded in memory (bounded), located in the original bytes. */
export async function scanUtf16(
  file: string,
  sniffed: Sniff,
  engine: Engine,
  byId: ReadonlyMap<string, Detector>,
  opts: FileScanOptions,
  data?: Buffer,
  name = file,
): Promise<{ result: FileResult; findings: Finding[] }> {
  const base: FileResult = { file: name, status: { code: 'COMPLETE', reason: null }, bytes: sniffed.size, encoding: sniffed.encoding!, counts: {} };
  if (sniffed.size > MAX_UTF16_BYTES) {
    base.status = { code: 'SKIPPED', reason: 'FILE_EXCEEDS_SIZE_LIMIT', message: `UTF-16 files are read whole; limit ${MAX_UTF16_BYTES} bytes` };
    return { result: base, findings: [] };
  }
  let raw = data;
  if (!raw) {
    const fh = await open(file, 'r');
    try {
      raw = await fh.readFile();
    } finally {
      await fh.close();
    }
  }
  const text = new TextDecoder(sniffed.encoding === 'utf-16le' ? 'utf-16le' : 'utf-16be').decode(raw.subarray(2));
  const matches = matchString(text, engine);
  for (const m of matches) base.counts[m.type] = (base.counts[m.type] ?? 0) + 1;
  const perType: Record<string, number> = {};
  const findings: Finding[] = [];
  for (const m of matches) {
    const ordinal = (perType[m.type] = (perType[m.type] ?? 0) + 1);
    if (ordinal > opts.maxFindingsPerType) {
      base.truncated = true;
      continue;
    }
    const n = base.counts[m.type]!;
    const det = byId.get(m.detector.id) ?? m.detector;
    const severity = severityOf(det, n);
    if (!severity) continue;
    const located = { ...m, byteStart: 2 + 2 * m.start, byteEnd: 2 + 2 * m.end };
    const placed = { file: name, line: m.line, col: m.col, value: text.slice(m.start, m.end), ordinal, occurrences: n, severity };
    findings.push(buildFinding(det, located, placed, opts));
  }
  for (const t of Object.keys(base.counts)) {
    const det = matches.find((m) => m.type === t)!.detector;
    if (!severityOf(byId.get(det.id) ?? det, base.counts[t]!)) delete base.counts[t];
  }
  return { result: base, findings };
}

/**
 * A whole file, in this thread. Never throws: problems become the file's status. `name` is the file
 * as results and findings show it (and as fingerprints hash it: a path relative to the scan's working
 * directory keeps them the same wherever the repository is checked out); `file` is where it is read.
 */
export async function scanFile(
  file: string,
  engine: Engine,
  byId: ReadonlyMap<string, Detector>,
  opts: FileScanOptions,
  sniffed?: Sniff,
  name = file,
): Promise<{ result: FileResult; findings: Finding[] }> {
  // A small file is read once for sniffing, format detection and scanning (a file is otherwise opened
  // three times: most files are small).
  const data = sniffed ? undefined : readSmall(file, opts.maxFileBytes);
  const s = sniffed ?? (data ? sniffHead(data.subarray(0, SNIFF), data.length) : await sniff(file, opts));
  // The extractors (zip, tar, PDF, OOXML readers) load only when a scan reaches a file.
  const { scanStructured } = await import('./scan-structured.js');
  const structured = await scanStructured(file, s, engine, byId, opts, data, name);
  if (structured) return structured;
  if (s.status) return { result: { file: name, status: s.status, bytes: s.size, ...(s.encoding ? { encoding: s.encoding } : {}), counts: {} }, findings: [] };
  try {
    if (s.encoding === 'utf-16le' || s.encoding === 'utf-16be') return await scanUtf16(file, s, engine, byId, opts, data, name);
    const range = data ? await scanBuffer(data, engine, opts.maxFindingsPerType) : await scanRange(file, 0, s.size, engine, opts.maxFindingsPerType);
    return finishFile(name, s, [range], byId, opts);
  } catch (err) {
    return { result: { file: name, status: errorStatus(err), bytes: s.size, counts: {} }, findings: [] };
  }
}
