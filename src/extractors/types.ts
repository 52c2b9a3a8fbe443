/**
 * Extractors turn the bytes of one structured file (CSV, JSON, an archive, a PDF...) into text
 * segments with a location in Macie's conventions. They stream: memory does not grow with the file.
 */
import type { Readable } from 'node:stream';
import type { StatusReason, StructuredLocation } from '../types.js';

/** Where a segment sits: Macie's location fields (`member` is set by the runner), and its line when known. */
export interface SegmentLocation extends StructuredLocation {
  /** 1-based line and 1-based column (characters) of `text[from ?? 0]` in the file or member, when known. */
  line?: number;
  col?: number;
}

/**
 * One piece of text to scan. `text` is a *byte string* (UTF-8 bytes as Latin-1 characters, the
 * engine's input; see src/types.ts): extractors that hold ordinary strings convert them with
 * {@link toByteString}. Text that is read verbatim from the file keeps exact byte offsets this way.
 */
export interface Segment {
  text: string;
  location: SegmentLocation;
  /** Column header or JSON path element names: a keyword here counts as near every value. */
  labels?: readonly string[];
  /** Offset of `text[0]` in the bytes of the file (or member), when the text is verbatim. */
  byteOffset?: number;
  /** Only matches starting in [from, to) are reported; the rest is context (plain-text windows). */
  from?: number;
  to?: number;
  /** The source was not valid UTF-8: values are shown as Latin-1. */
  latin1?: boolean;
}

/** A file or archive member to read. `stream()` may be called once and starts at byte 0. */
export interface Input {
  /** File name or member path (used for the extension). */
  name: string;
  /** The first bytes (up to 8 KB), for detection. */
  head: Buffer;
  /** Size in bytes when known. */
  size?: number;
  /** A file on disk (random access), when there is one. */
  path?: string;
  /** The whole content in memory, when it is there. */
  buffer?: Buffer;
  stream(): Readable;
}

/** Limits, Macie's quotas as defaults (see config `extraction`). */
export interface ExtractionLimits {
  /** Archive nesting levels (an archive inside an archive is level 2). Macie: 10. */
  archiveDepth: number;
  /** Files extracted from one top-level archive. Macie: 1,000,000. */
  archiveFiles: number;
  /** Bytes extracted from one top-level archive, in total. Macie: 10 GB. */
  archiveTotalBytes: number;
  /** Bytes of one extracted member. Macie: 3 GB. */
  archiveMemberBytes: number;
  /** Uncompressed/compressed ratio above which a member is treated as a zip bomb (checked after 1 MB). */
  compressionRatio: number;
  /** JSON/JSONL nesting levels. Macie: 256; deeper files are not analysed at all. */
  jsonNesting: number;
  /** Office files (XLSX/DOCX). Macie: 512 MB. */
  officeBytes: number;
  /** PDF files (read whole). Macie: 1,024 MB; default lower because pdf.js holds the file in memory. */
  pdfBytes: number;
  /** Parquet and Avro files. Macie: 8 GB. */
  columnarBytes: number;
}

export const DEFAULT_LIMITS: ExtractionLimits = {
  archiveDepth: 10,
  archiveFiles: 1_000_000,
  archiveTotalBytes: 10 * 1024 ** 3,
  archiveMemberBytes: 3 * 1024 ** 3,
  compressionRatio: 250,
  jsonNesting: 256,
  officeBytes: 512 * 1024 ** 2,
  pdfBytes: 256 * 1024 ** 2,
  columnarBytes: 8 * 1024 ** 3,
};

/** An error that ends the extraction of one file (or member) with a Macie status. */
export class ExtractError extends Error {
  constructor(
    readonly reason: StatusReason,
    message: string,
    /** SKIPPED: nothing of the file counts (Macie drops findings, e.g. JSON nesting); else PARTIAL. */
    readonly skipWhole = false,
  ) {
    super(message);
  }
}

/** Everything an extractor may use besides its input. */
export interface ExtractContext {
  readonly limits: ExtractionLimits;
  /** Bytes of context a plain-text window needs on each side (the engine's overlap). */
  readonly overlap: number;
  /** Archive nesting level of the input (0 = a file on disk). */
  readonly depth: number;
  /** Sends one segment to the engine. Synchronous: the runner batches and scans. */
  emit(segment: Segment): void;
  /** Records a problem that leaves the file PARTIAL; scanning goes on. */
  problem(reason: StatusReason, message: string): void;
  /**
   * Scans a member of an archive (or an attachment) with the extractor its content calls for.
   * `sameMember`: a compression layer (gzip) whose content keeps the name of its container.
   */
  member(input: Input, opts?: { sameMember?: boolean }): Promise<void>;
  /** Counts bytes extracted from an archive; throws ExtractError when a limit is passed. */
  extracted(bytes: number): void;
}

export interface Extractor {
  readonly id: string;
  readonly mimeType: string;
  /** Lower-case extensions with the dot (`.csv`). */
  readonly extensions: readonly string[];
  /** True when the first bytes say this format (magic bytes). Checked before any extension. */
  magic?(head: Buffer, name: string): boolean;
  /** Magic bytes first, extension second: `export.dat` holding a zip is a zip. */
  detect(head: Buffer, name: string): boolean;
  /** Reads the input and emits segments; throws ExtractError for a file it cannot read. */
  extract(input: Input, ctx: ExtractContext): Promise<void>;
}

/** Cells and values shorter than this (in bytes) cannot hold a value any detector reports: not emitted. */
export const MIN_VALUE_BYTES = 3;

export { toByteString } from '../bytes.js';

/** Lower-case extension of a name, with the dot, or ''. */
export function extOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
