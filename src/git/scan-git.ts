/**
 * Scanning what git is about to record: the staged blobs (`--staged`), the blobs of a revision
 * range (`--diff A..B`) or every blob in the index (baselines). By default only the lines a change
 * adds are judged; keywords on the lines around them still count as context.
 *
 * Runs in this thread with the engine directly: no worker pool and no file-system walk, so the
 * pre-commit hook starts fast.
 */
import { isUtf8 } from 'node:buffer';
import { BASELINE_FILE, BaselineIndex, loadBaseline, normalizeValue, valueKey, type Baseline, type KeyedValue } from '../baseline.js';
import { defaultConfig, type Config } from '../config.js';
import type { Engine } from '../engine.js';
import { fingerprint, mask } from '../mask.js';
import { detectionSettings, engineFor } from '../registry.js';
import { CHUNK, matchString } from '../scan-file.js';
import { allows, parseAllow, ALLOW_MARKER } from '../suppress.js';
import type { Detector, FileResult, Finding, ScanResult, StatusCode } from '../types.js';
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
  /** Skip blobs larger than this (default: the config's maxFileBytes, at most MAX_BLOB_BYTES). */
  maxBlobBytes?: number;
  /** The baseline to apply: default the repository's `.pii-guard-baseline.json`; null: none. */
  baseline?: Baseline | null;
  /** Honour `pii-guard:allow` comments (default true). */
  inlineAllow?: boolean;
  /** Key every reported value with this salt (for baseline create/update). */
  keySalt?: string;
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

function chars(bin: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if ((bin.charCodeAt(i) & 0xc0) !== 0x80) n++;
  return n;
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
}

/** Matches whose start lies in the given line ranges ('all': anywhere) of a UTF-8 or Latin-1 blob. */
function scanBytes(bytes: Buffer, lines: readonly LineRange[] | 'all', engine: Engine): Located[] {
  const bin = bytes.toString('latin1');
  const starts = lineStarts(bin);
  const len = bin.length;
  const enc = isUtf8(bytes) ? 'utf8' : 'latin1';
  const bom = bin.startsWith('\xef\xbb\xbf');
  const ranges: Array<[number, number]> = [];
  if (lines === 'all') ranges.push([0, len]);
  else {
    for (const [first, last] of lines) {
      const a = starts[first - 1] ?? len;
      const b = starts[last] ?? len;
      if (b <= a) continue;
      const prev = ranges[ranges.length - 1];
      if (prev && prev[1] >= a) prev[1] = Math.max(prev[1], b);
      else ranges.push([a, b]);
    }
  }
  const ov = engine.overlap;
  const out: Located[] = [];
  for (const [a, b] of ranges) {
    for (let p = a; p < b; p += CHUNK) {
      const q = Math.min(b, p + CHUNK);
      const ws = Math.max(0, p - ov);
      const we = Math.min(len, q + ov);
      for (const m of engine.detect(bin.slice(ws, we), p - ws, q - ws)) {
        const start = ws + m.start;
        const end = ws + m.end;
        const li = lineOf(starts, start);
        const ls = starts[li]!;
        const le = starts[li + 1] ?? len;
        let col = enc === 'utf8' ? chars(bin, ls, start) + 1 : start - ls + 1;
        if (li === 0 && bom) col -= 1;
        const loc: Located = {
          det: m.detector,
          type: m.type,
          confidence: m.confidence,
          byteStart: start,
          byteEnd: end,
          line: li + 1,
          col,
          value: Buffer.from(bin.slice(start, end), 'latin1').toString(enc),
          lineText: bin.slice(ls, le),
        };
        if (m.keyword) loc.keyword = m.keyword;
        out.push(loc);
      }
    }
  }
  return out;
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

/** What a blob is, when it is not text to scan. */
function classifyBlob(path: string, blob: BlobRead | undefined): FileResult | undefined {
  if (!blob || blob.kind === 'missing') return skipped(path, 'READ_ERROR', 'the blob is missing from the object database');
  if (blob.kind === 'too-large') return skipped(path, 'FILE_EXCEEDS_SIZE_LIMIT', `blob of ${blob.size} bytes is over the limit for git scans`, blob.size);
  const b = blob.bytes;
  if (b.length < 1024 && b.toString('latin1', 0, LFS_HEADER.length) === LFS_HEADER) {
    return skipped(path, 'UNSUPPORTED_FILE_TYPE_EXCEPTION', `Git LFS pointer: the content is stored outside git; scan the file itself with "pii-guard scan ${path}"`, b.length);
  }
  const isUtf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
  if (!isUtf16 && b.subarray(0, SNIFF).includes(0)) return skipped(path, 'UNSUPPORTED_FILE_TYPE_EXCEPTION', 'binary content (NUL bytes)', b.length);
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
    else if (e.path === BASELINE_FILE) continue; // holds keyed fingerprints only
    else if (e.status === 'U') files.push(skipped(e.path, 'READ_ERROR', 'unmerged: resolve the conflict and stage the file'));
    else if (e.dstMode === GITLINK) files.push(skipped(e.path, 'UNSUPPORTED_FILE_TYPE_EXCEPTION', 'submodule (gitlink): its repository is scanned on its own'));
    else if (allLines || e.added.length || e.binaryDiff) work.push(e);
  }
  const blobs = await readBlobs(work.map((e) => e.dstOid), cwd, maxBlob);

  const findings: Finding[] = [];
  const keyed: KeyedValue[] = [];
  let suppressed = 0;
  let baselined = 0;
  for (const e of work) {
    const blob = blobs.get(e.dstOid);
    const skip = classifyBlob(e.path, blob);
    if (skip) {
      files.push(skip);
      continue;
    }
    const bytes = (blob as { bytes: Buffer }).bytes;
    // git shows no hunks for files it treats as binary (e.g. `-diff` in .gitattributes): judge all lines.
    const lines = allLines || e.binaryDiff ? 'all' : e.added;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const located = utf16 ? scanUtf16(bytes, lines, engine) : scanBytes(bytes, lines, engine);
    const kept: Array<{ loc: Located; hmac?: string }> = [];
    for (const loc of located) {
      if (inlineAllow && loc.lineText.includes(ALLOW_MARKER) && allows(parseAllow(loc.lineText, detectorIds), loc.type, loc.det.id)) {
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
    const ordinals: Record<string, number> = {};
    let truncated = false;
    for (const { loc, hmac } of kept) {
      if (hmac) keyed.push({ detector: loc.det.id, type: loc.type, path: e.path, hmac, ...(e.oldPath ? { oldPaths: [e.oldPath] } : {}) });
      const ordinal = (ordinals[loc.type] = (ordinals[loc.type] ?? 0) + 1);
      if (ordinal > config.maxFindingsPerType) {
        truncated = true;
        continue;
      }
      const n = counts[loc.type]!;
      const f: Finding = {
        type: loc.type,
        detector: loc.det.id,
        category: loc.det.category,
        macie: loc.det.macie && !loc.det.extraTypes?.includes(loc.type),
        severity: loc.det.severity[n >= 100 ? 2 : n >= 2 ? 1 : 0],
        confidence: loc.confidence,
        file: e.path,
        line: loc.line,
        col: loc.col,
        byteStart: loc.byteStart,
        byteEnd: loc.byteEnd,
        masked: mask(loc.value),
        fingerprint: fingerprint(loc.type, e.path, ordinal),
      };
      if (options.showValues) f.text = loc.value;
      if (loc.keyword) f.keyword = loc.keyword;
      findings.push(f);
    }
    const r: FileResult = {
      file: e.path,
      status: { code: 'COMPLETE', reason: null },
      bytes: bytes.length,
      encoding: utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : isUtf8(bytes) ? (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8') : 'latin1',
      counts,
    };
    if (truncated) r.truncated = true;
    files.push(r);
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.byteStart - b.byteStart));

  const byType: Record<string, number> = {};
  const byStatus: Record<StatusCode, number> = { COMPLETE: 0, PARTIAL: 0, SKIPPED: 0 };
  let bytes = 0;
  let total = 0;
  for (const f of files) {
    byStatus[f.status.code]++;
    bytes += f.bytes;
    for (const [t, n] of Object.entries(f.counts)) {
      byType[t] = (byType[t] ?? 0) + n;
      total += n;
    }
  }
  const result: ScanResult = {
    findings,
    files,
    summary: { files: files.length, bytes, findings: total, byType, byStatus, durationMs: Math.round(performance.now() - t0), threads: 1 },
  };
  return { result, root, suppressed, baselined, deleted, hasBaseline: !!index, keyed };
}
