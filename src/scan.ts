/**
 * Orchestration: inputs → files → engine (in this thread, or in worker threads when the work is big
 * enough to pay for them) → findings and per-file results. Never prints, never exits.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defaultConfig, type Config } from './config.js';
import { detectionSettings, engineFor, type DetectionSettings } from './registry.js';
import { errorStatus, finishFile, matchString, scanFile, sniff, type FileScanOptions, type RangeResult } from './scan-file.js';
import { scanStream, structuredFormat, type StructuredScanOptions } from './scan-structured.js';
import { expandInputs } from './sources/files.js';
import { summarize } from './summary.js';
import { mask } from './mask.js';
import { fromByteString } from './bytes.js';
import type { Confidence, Detector, FileResult, Finding, ScanResult } from './types.js';
import type { WorkerTask } from './worker.js';

/**
 * Below this many bytes in total, worker threads cost more than they save: each worker warms up its
 * own JIT (Node 20 here: the first 16 MiB of the bench corpus cost 1.9 s CPU in a fresh thread, 1.0 s
 * once warm). On 2 cores, 2 workers were 19% slower than this thread alone on 16 MiB, as fast on
 * 32 MiB and 7–12% faster on 48 MiB.
 */
export const POOL_MIN_BYTES = 32 << 20;
/** Files above this size are split into ranges of RANGE_BYTES that workers scan in parallel. */
export const SPLIT_MIN_BYTES = 48 << 20;
export const RANGE_BYTES = 16 << 20;
/** Files scanned at once in this thread (their reads overlap with the scanning of others). */
const IN_FLIGHT = 3;

export interface ScanProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface ScanOptions {
  /** Files, folders or globs. Default: the working directory. */
  paths?: readonly string[];
  cwd?: string;
  /** A config from `loadConfig`; default: the defaults. */
  config?: Config;
  /** Worker threads to use for big inputs. Default: the number of cores. 1 = this thread only. */
  concurrency?: number;
  /** Put raw values into findings. */
  showValues?: boolean;
  /** Add to each finding why it was reported (`explain`). */
  explain?: boolean;
  /** Standard input, scanned when `paths` holds "-" (the CLI passes process.stdin); "-" is a path otherwise. */
  stdin?: AsyncIterable<Buffer>;
  /** The name standard input has in results, whose extension picks its format when its bytes do not ("export.csv"). Default "-". */
  stdinName?: string;
  /** Called as each file finishes (in completion order). */
  onFile?: (result: FileResult, findings: Finding[]) => void;
  /**
   * Called with each file's result and findings in input order (the order of `ScanResult.files`), as
   * soon as the files before it are done; files are still scanned in parallel. Standard input comes
   * first, files that could not be listed (missing, unreadable folders) last, as in `ScanResult.files`.
   */
  onOrderedFile?: (result: FileResult, findings: Finding[]) => void;
  /**
   * false: `ScanResult.findings` stays empty (per-file results and counts are kept), so memory does
   * not grow with the number of findings; take them from `onOrderedFile` or `onFile`. Default true.
   */
  keepFindings?: boolean;
  onProgress?: (p: ScanProgress) => void;
}

type FileOutcome = { result: FileResult; findings: Finding[] };

function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  // Under a TS runner this module is src/scan.ts; workers always run the compiled code.
  const built = here.endsWith('.ts') ? fileURLToPath(new URL('../dist/src/worker.js', import.meta.url)) : fileURLToPath(new URL('./worker.js', import.meta.url));
  return built;
}

/** Scans files, folders and globs. Per-file problems are results, not exceptions. */
export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const t0 = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? defaultConfig();
  const settings = detectionSettings(config);
  const engine = engineFor(settings);
  const byId = new Map<string, Detector>(engine.detectors.map((d) => [d.id, d]));
  const fileOpts: StructuredScanOptions = {
    maxFindingsPerType: config.maxFindingsPerType,
    maxFileBytes: config.maxFileBytes,
    showValues: !!options.showValues,
    extraction: config.extraction,
  };
  if (options.explain) fileOpts.explain = true;
  const inputs = options.paths?.length ? options.paths : ['.'];
  const stdin = options.stdin && inputs.includes('-') ? options.stdin : undefined;
  const { files, missing, unreadable } = await expandInputs(stdin ? inputs.filter((p) => p !== '-') : inputs, {
    cwd,
    ignorePaths: config.ignorePaths,
    gitignore: config.gitignore,
  });
  const abs = (f: string): string => (f.startsWith('/') ? f : `${cwd}/${f}`);
  const sizes = await Promise.all(files.map((f) => stat(abs(f)).then((s) => s.size, () => 0)));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const outcomes: FileOutcome[] = new Array(files.length);
  const progress: ScanProgress = { filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal };
  const keep = options.keepFindings !== false;
  const ordered = options.onOrderedFile;
  // Outcomes done ahead of an earlier file wait here for onOrderedFile.
  const held: Array<FileOutcome | undefined> = ordered ? new Array(files.length) : [];
  let nextOrdered = 0;
  const kept = (o: FileOutcome): FileOutcome => (keep ? o : { result: o.result, findings: [] });
  const done = (i: number, o: FileOutcome): void => {
    outcomes[i] = kept(o);
    if (ordered) {
      held[i] = o;
      for (let h = held[nextOrdered]; h; h = held[nextOrdered]) {
        held[nextOrdered++] = undefined;
        ordered(h.result, h.findings);
      }
    }
    progress.filesDone++;
    progress.bytesDone += sizes[i]!;
    options.onFile?.(o.result, o.findings);
    options.onProgress?.(progress);
  };
  /** An outcome outside the listed files (standard input, paths not found): handed on at once. */
  const handOn = (o: FileOutcome): FileOutcome => {
    options.onFile?.(o.result, o.findings);
    ordered?.(o.result, o.findings);
    return kept(o);
  };

  // Standard input first, in this thread: a pipe's writer waits for no one else.
  const fromStdin = stdin ? [handOn(await scanStream(options.stdinName ?? '-', stdin, engine, byId, fileOpts))] : [];

  const threads = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), 64));
  const usePool = threads > 1 && bytesTotal >= POOL_MIN_BYTES && existsSync(workerFile());
  if (usePool) {
    // In input order when results are handed on in input order, so that few wait for an earlier file.
    await scanWithPool(files, files.map(abs), sizes, threads, settings, fileOpts, byId, done, !ordered);
  } else {
    // A few files in flight: while one waits for a read (fs/promises goes through libuv's pool), another
    // is scanned. One at a time left this thread idle ~15% of a scan of many small files.
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let i = next++; i < files.length; i = next++) done(i, await scanFile(abs(files[i]!), engine, byId, fileOpts, undefined, files[i]));
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, lane));
  }

  const notScanned: FileOutcome[] = [
    ...missing.map((m): FileOutcome => ({
      result: { file: m, status: { code: 'SKIPPED', reason: 'FILE_NOT_FOUND', message: 'no such file, folder or glob match' }, bytes: 0, counts: {} },
      findings: [],
    })),
    ...unreadable.map(({ path, error }): FileOutcome => ({ result: { file: path, status: errorStatus(error), bytes: 0, counts: {} }, findings: [] })),
  ];
  const all = [...fromStdin, ...outcomes, ...notScanned.map(handOn)];
  return summarize(all.map((o) => o.result), all.flatMap((o) => o.findings), performance.now() - t0, usePool ? threads : 1);
}

async function scanWithPool(
  names: string[],
  files: string[],
  sizes: number[],
  threads: number,
  settings: DetectionSettings,
  opts: FileScanOptions,
  byId: Map<string, Detector>,
  done: (i: number, o: FileOutcome) => void,
  largestFirst: boolean,
): Promise<void> {
  const { Piscina } = await import('piscina');
  // Two tasks per worker: while one awaits a read, the other scans (a worker alone idled ~25% on I/O).
  const pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000, concurrentTasksPerWorker: 2 });
  try {
    // Largest first, so that a big file does not start last and leave the other threads idle.
    const order = files.map((_, i) => i);
    if (largestFirst) order.sort((a, b) => sizes[b]! - sizes[a]!);
    await Promise.all(
      order.map(async (i) => {
        const file = files[i]!;
        const name = names[i]!;
        if (sizes[i]! < SPLIT_MIN_BYTES) {
          done(i, (await pool.run({ kind: 'file', file, name, settings, opts } satisfies WorkerTask)) as FileOutcome);
          return;
        }
        const s = await sniff(file, opts);
        if (s.status || s.encoding === 'utf-16le' || s.encoding === 'utf-16be' || (await structuredFormat(file))) {
          done(i, (await pool.run({ kind: 'file', file, name, settings, opts } satisfies WorkerTask)) as FileOutcome);
          return;
        }
        const ranges: Array<Promise<RangeResult>> = [];
        for (let start = 0; start < s.size; start += RANGE_BYTES) {
          ranges.push(pool.run({ kind: 'range', file, start, end: Math.min(s.size, start + RANGE_BYTES), settings, opts } satisfies WorkerTask));
        }
        try {
          done(i, finishFile(name, s, await Promise.all(ranges), byId, opts));
        } catch (err) {
          done(i, { result: { file: name, status: { code: 'SKIPPED', reason: 'READ_ERROR', message: (err as Error).message }, bytes: s.size, counts: {} }, findings: [] });
        }
      }),
    );
  } finally {
    await pool.destroy();
  }
}


/** A finding in a string given to {@link scanText}: positions are UTF-16 indices into that string. */
export interface TextFinding {
  type: string;
  detector: string;
  category: Finding['category'];
  macie: boolean;
  confidence: Confidence;
  start: number;
  end: number;
  line: number;
  col: number;
  /** Offsets in the UTF-8 encoding of the string. */
  byteStart: number;
  byteEnd: number;
  text: string;
  masked: string;
  keyword?: string;
  /** A custom data identifier's name as in the config. */
  customName?: string;
}

/** Scans one string in this thread. Values are returned as `text`: the caller already has them. */
export function scanText(text: string, options: { config?: Config } = {}): TextFinding[] {
  const engine = engineFor(detectionSettings(options.config ?? defaultConfig()));
  return matchString(text, engine).map((m) => {
    const value = text.slice(m.start, m.end);
    const f: TextFinding = {
      type: m.type,
      detector: m.detector.id,
      category: m.detector.category,
      macie: m.detector.macie && !m.detector.extraTypes?.includes(m.type),
      confidence: m.confidence,
      start: m.start,
      end: m.end,
      line: m.line,
      col: m.col,
      byteStart: m.byteStart,
      byteEnd: m.byteEnd,
      text: value,
      masked: mask(value),
    };
    if (m.keyword) f.keyword = fromByteString(m.keyword);
    if (m.detector.customName !== undefined) f.customName = m.detector.customName;
    return f;
  });
}
