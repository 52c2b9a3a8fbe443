/**
 * The contracts every part of pii-guard is written against. Detectors, the engine, sources and
 * reporters import these types and nothing from each other.
 *
 * A note on text: the engine scans *byte strings*: JavaScript strings in which each character is one
 * byte of the input (Latin-1 decoding of the raw bytes). Indices into such a string are byte offsets,
 * ASCII patterns behave exactly as on decoded UTF-8, and no decoding cost is paid on the hot path.
 * {@link scanText} converts ordinary strings to this form and maps positions back.
 */

/** Macie's categories (ListManagedDataIdentifiers), plus CUSTOM_IDENTIFIER for custom rules. */
export type Category = 'CREDENTIALS' | 'FINANCIAL_INFORMATION' | 'PERSONAL_INFORMATION' | 'CUSTOM_IDENTIFIER';

/** Macie's severity levels (score 1, 2, 3). */
export type Severity = 'low' | 'medium' | 'high';

/** Severity by the number of occurrences of a type in one file: [1, 2–99, 100+] (Macie's table). */
export type SeverityTable = readonly [Severity, Severity, Severity];

/** How sure a detector is: `high` for validated matches with their keyword, `low` for bare shapes. */
export type Confidence = 'low' | 'medium' | 'high';

/** Per-file status codes, as in Macie's sensitive data discovery results. */
export type StatusCode = 'COMPLETE' | 'PARTIAL' | 'SKIPPED';

/**
 * Why a file was not (fully) analysed: Macie's reason codes, plus `FILE_NOT_FOUND` and `READ_ERROR`
 * (Macie reads objects that exist by construction). Binary files are UNSUPPORTED_FILE_TYPE_EXCEPTION,
 * with a message that says so.
 */
export type StatusReason =
  | 'FILE_NOT_FOUND'
  | 'PERMISSION_DENIED'
  | 'READ_ERROR'
  | 'FILE_EXCEEDS_SIZE_LIMIT'
  | 'UNSUPPORTED_FILE_TYPE_EXCEPTION'
  | 'UNABLE_TO_PARSE_FILE'
  | 'MALFORMED_FILE'
  // Structured formats and archives (Macie's reason codes):
  | 'ARCHIVE_CONTAINS_UNPROCESSED_FILES'
  | 'ARCHIVE_EXCEEDS_SIZE_LIMIT'
  | 'ARCHIVE_NESTING_LEVEL_OVER_LIMIT'
  | 'ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT'
  | 'ARCHIVE_TOTAL_DOCUMENTS_PROCESSED_OVER_LIMIT'
  | 'JSON_NESTING_LEVEL_OVER_LIMIT'
  | 'MALFORMED_OR_FILE_SIZE_EXCEEDS_LIMIT'
  | 'OOXML_UNCOMPRESSED_RATIO_EXCEEDS_LIMIT'
  | 'OOXML_UNCOMPRESSED_SIZE_EXCEEDS_LIMIT'
  | 'INVALID_ENCRYPTION';

/** Keyword rule of a detector, applied the way Macie applies its keywords. */
export interface KeywordRule {
  /** Case-insensitive; a space also matches `_`, `-` or nothing. */
  readonly words: readonly string[];
  /** True when a match needs a keyword nearby (Macie's "keyword required"). */
  readonly required: boolean;
  /** Characters between keyword and value, either side, inclusive. Macie: 30. */
  readonly distance?: number;
  /** Type reported instead when no keyword is near (e.g. `CREDIT_CARD_NUMBER_(NO_KEYWORD)`). */
  readonly unkeyedType?: string;
  /**
   * For required keywords: keep a match that has no keyword, at this confidence, instead of
   * dropping it. Such findings are below the default `minConfidence` and appear only on request.
   */
  readonly unkeyedConfidence?: Confidence;
}

/** What a validator or classifier knows about the match besides its text. */
export interface MatchContext {
  /** A keyword of the detector is near the match (or in the column header / JSON path). */
  readonly hasKeyword: boolean;
  /** The whole text being scanned, and the match position in it. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The segment's labels (CSV column header, JSON path elements), when the text has any. */
  readonly labels?: readonly string[];
  /**
   * The lowest confidence the scan reports. A validator may skip costly checks whose only possible
   * outcome is a confidence below it (the match would be dropped anyway).
   */
  readonly minConfidence: Confidence;
}

/**
 * What a validator found out itself, for detectors with their own keyword rule (custom data
 * identifiers: the keyword must precede the match). Returned by `validate` instead of `true`; it
 * replaces the engine's keyword evidence in the match.
 */
export interface Evidence {
  /** The keyword that satisfied the rule (decoded text). */
  readonly keyword?: string;
  /** Characters between keyword and value, as the detector's rule measures them. */
  readonly keywordDistance?: number;
  /** The column header or JSON path element that held the keyword. */
  readonly label?: string;
  /** Confidence of the match; default `high`. */
  readonly confidence?: Confidence;
}

/** A span found by a `find` function; `start`/`end` are indices into the scanned string. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A detector: data plus small functions, one per file in `detectors/`, file name = id.
 * Declared through {@link defineDetector}, which checks the shape when the file is imported.
 */
export interface DetectorDefinition {
  /** kebab-case, stable, equal to the file name. Used in config, reports and suppressions. */
  readonly id: string;
  /**
   * The type reported: Macie's managed data identifier ID verbatim, or one of our extras. A detector
   * whose `classify` picks the type per country writes `<COUNTRY>_…` here (e.g. IBANs).
   */
  readonly type: string;
  /** True when `type` is one of Macie's managed data identifiers; false for our extras. */
  readonly macie: boolean;
  /** Types this detector may report (through `classify`) that Macie does not have. */
  readonly extraTypes?: readonly string[];
  /** CUSTOM_IDENTIFIER only for custom data identifiers compiled from the config (src/custom.ts). */
  readonly category: Category;
  /** Macie's severity for 1 / 2–99 / 100+ occurrences in one file. */
  readonly severity: SeverityTable;
  /**
   * Severity by the number of occurrences of the type in one file, when it is not the 1 / 2–99 / 100+
   * table (custom identifiers' thresholds). Undefined: no finding at all for that many occurrences.
   */
  readonly severityFor?: (occurrences: number) => Severity | undefined;
  /** Custom data identifiers: the name as written in the config (Macie's `name`). */
  readonly customName?: string;
  /** One line for `pii-guard detectors`, SARIF and the README. */
  readonly description: string;
  /** ISO country codes the detector covers; omitted = any. */
  readonly countries?: readonly string[];
  /** What validation runs beyond the pattern ("Luhn", "mod-97", "libphonenumber"...). */
  readonly validation?: string;
  /** A global RegExp whose whole match is the value. Exactly one of `pattern` and `find`. */
  readonly pattern?: RegExp;
  /** For values that are not regex-shaped: yields spans in `text`. Must run in linear time. */
  readonly find?: (text: string) => Iterable<Span>;
  /** For `find` detectors: what `find` looks for, shown by `--explain` (e.g. a custom regex). */
  readonly findSource?: string;
  /** Literal substrings (case-sensitive) one of which must occur in the text before matching runs. */
  readonly prefilter?: readonly string[];
  /** The longest value the detector reports, in bytes; bounds the overlap between chunks. */
  readonly maxLength?: number;
  readonly keywords?: KeywordRule;
  /** Checksums and structure; false drops the match, a confidence keeps it at that confidence. */
  readonly validate?: (value: string, ctx: MatchContext) => boolean | Confidence | Evidence;
  /** Chooses the reported type per value (IBAN country, phone country); undefined drops it. */
  readonly classify?: (value: string, ctx: MatchContext) => string | undefined;
  /** Canonical form of a value, used for allow lists and fingerprints (e.g. digits only). */
  readonly normalize?: (value: string) => string;
  /** Published example or test values that are never reported, in normalized form. */
  readonly allow?: readonly string[];
  /** Base confidence of a match that passed validation and its keyword rule. */
  readonly confidence?: Confidence;
  /** The detector's own test vectors: each `match` is the exact value, `noMatch` a whole text. */
  readonly examples: {
    readonly match: readonly string[];
    readonly noMatch: readonly string[];
    /** A keyword the test harness writes before each `match` example (for keyword-required detectors). */
    readonly keyword?: string;
  };
}

/** A detector as returned by `defineDetector`: the definition, frozen. */
export type Detector = Readonly<DetectorDefinition>;

/**
 * What a source knows about a text segment that helps the keyword rule: a CSV column header or
 * the element names of a JSON path. Any keyword found here counts as near every value in the segment.
 */
export interface SegmentContext {
  readonly labels?: readonly string[];
}

/** A raw match inside one scanned string, before locations are attached. */
export interface Match {
  readonly detector: Detector;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: Confidence;
  /** The keyword that satisfied the rule, if any (for `--explain`). */
  readonly keyword?: string;
  /** Characters between that keyword and the value (0 when they touch), for `--explain`. */
  readonly keywordDistance?: number;
  /** The segment label (column header, JSON path element) that held the keyword, for `--explain`. */
  readonly label?: string;
}

/** Why a finding was reported (`--explain`). */
export interface Explanation {
  /** Id of the detector (`custom-…` for custom data identifiers). */
  detector: string;
  /** The detector's regular expression, or what its find function looks for. */
  pattern: string;
  /** Validation the value passed (checksum, structure), as the detector describes it. */
  validation?: string;
  /** The keyword that satisfied the keyword rule. */
  keyword?: string;
  /** Characters between keyword and value (custom identifiers: from keyword end to match end). */
  keywordDistance?: number;
  /** Where the keyword was: in the text near the value, in the column header, or in the JSON path. */
  keywordIn?: 'text' | 'column header' | 'JSON path';
  /** The column header or JSON path element that held the keyword. */
  label?: string;
  /** Keyword rule: required, optional, or none. */
  keywordRule: 'required' | 'optional' | 'none';
  confidence: Confidence;
  /** How severity was decided: occurrences of the type in the file and the rule applied. */
  severity: string;
}

/** Where a value sits in a structured file, in Macie's conventions (finding `occurrences`). */
export interface StructuredLocation {
  /** CSV/TSV/XLSX: 1-based row, the header is row 1. */
  row?: number;
  /** CSV/TSV/XLSX: 1-based column (Excel A = 1). */
  column?: number;
  /** CSV/TSV/XLSX: the header text of the column, when there is one. */
  columnName?: string;
  /** JSON, JSONL, Parquet, Avro: `$.records[3].profile.email`, bracket form for awkward keys. */
  jsonPath?: string;
  /** 0-based record: JSONL line, Parquet/Avro row; always 0 for JSON. */
  recordIndex?: number;
  /** PDF: 1-based page. */
  page?: number;
  /** DOCX: 1-based paragraph. */
  paragraph?: number;
  /** XLSX: sheet name. */
  sheet?: string;
  /** XLSX: cell reference such as `D17`. */
  cell?: string;
  /** Path inside an archive; nested archives joined with `!` (`outer.zip!inner/file.csv`). */
  member?: string;
}

/**
 * One occurrence of sensitive data, with its exact location. In structured files the
 * {@link StructuredLocation} fields are set, and `line`/`col`/`byteStart`/`byteEnd` are still filled
 * where the text is read verbatim from the file (CSV, TSV, JSON, JSONL, HTML, XML, EML text parts, text
 * in archives: then they count in the member's uncompressed bytes). For PDF, `line`/`col` are on the
 * page (`page`) and the offsets are 0; for XLSX, DOCX, Parquet and Avro all four are 0 (unknown).
 */
export interface Finding extends StructuredLocation {
  /** Macie ID or our extra. */
  type: string;
  /** Id of the detector that reported it. */
  detector: string;
  category: Category;
  /** False for our extras (types Macie does not have). */
  macie: boolean;
  /** Macie severity of this type in this file, from the number of occurrences. */
  severity: Severity;
  confidence: Confidence;
  /** The path as scanned (as given or as found by the glob). */
  file: string;
  /** 1-based line and column (column in characters, as Macie's `startColumn`). */
  line: number;
  col: number;
  /** 0-based, end-exclusive offsets in the file's bytes. */
  byteStart: number;
  byteEnd: number;
  /** The value with most characters masked; always present. */
  masked: string;
  /** The raw value; only with `showValues`. */
  text?: string;
  /** Stable id that contains no raw value: type, file and ordinal of the value in the file. */
  fingerprint: string;
  /** The keyword that satisfied the keyword rule, if any. */
  keyword?: string;
  /** Custom data identifiers: the identifier's name as written in the config. */
  customName?: string;
  /** Why it was reported; only with `explain` (`--explain`). */
  explain?: Explanation;
}

/** What happened to one file. */
export interface FileResult {
  file: string;
  status: { code: StatusCode; reason: StatusReason | null; message?: string };
  /** Size in bytes (0 when unknown). */
  bytes: number;
  /** Encoding the file was read as. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin1' | 'binary';
  /** The extractor that read a structured file (`csv`, `json`, `zip`...); absent for plain text. */
  format?: string;
  /** Occurrences per type, including those beyond the per-type location cap. */
  counts: Record<string, number>;
  /** True when some occurrences were counted but not listed (cap of `maxFindingsPerType`). */
  truncated?: boolean;
}

/** The outcome of a scan. */
export interface ScanResult {
  findings: Finding[];
  files: FileResult[];
  summary: {
    files: number;
    bytes: number;
    findings: number;
    byType: Record<string, number>;
    byStatus: Record<StatusCode, number>;
    durationMs: number;
    threads: number;
  };
}
