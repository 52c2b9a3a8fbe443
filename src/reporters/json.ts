import type { FileResult, Finding, ScanResult } from '../types.js';
import { VERSION } from '../version.js';

const LOCATION_KEYS = ['member', 'row', 'column', 'columnName', 'jsonPath', 'recordIndex', 'page', 'paragraph', 'sheet', 'cell'] as const;

/** The structured-file location fields a finding has (Macie's conventions), in a fixed order. */
export function locationFields(f: Finding): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k of LOCATION_KEYS) if (f[k] !== undefined) out[k] = f[k];
  return out;
}

/** A finding with its fields in a fixed, readable order. */
export function findingRecord(f: Finding): Record<string, unknown> {
  return {
    type: f.type,
    category: f.category,
    severity: f.severity,
    confidence: f.confidence,
    macie: f.macie,
    file: f.file,
    line: f.line,
    col: f.col,
    byteStart: f.byteStart,
    byteEnd: f.byteEnd,
    ...locationFields(f),
    masked: f.masked,
    ...(f.text !== undefined ? { text: f.text } : {}),
    ...(f.keyword !== undefined ? { keyword: f.keyword } : {}),
    ...(f.customName !== undefined ? { customName: f.customName } : {}),
    detector: f.detector,
    fingerprint: f.fingerprint,
    ...(f.explain !== undefined ? { explain: f.explain } : {}),
  };
}

function fileRecord(r: FileResult): Record<string, unknown> {
  return {
    file: r.file,
    status: r.status.code,
    reason: r.status.reason,
    ...(r.status.message ? { message: r.status.message } : {}),
    bytes: r.bytes,
    ...(r.encoding ? { encoding: r.encoding } : {}),
    ...(r.format ? { format: r.format } : {}),
    counts: r.counts,
    ...(r.truncated ? { truncated: true } : {}),
  };
}

/** One JSON document: tool, summary, every file's status and every finding. */
export function json(result: ScanResult): string {
  const doc = {
    tool: { name: 'pii-guard', version: VERSION },
    summary: result.summary,
    files: result.files.map(fileRecord),
    findings: result.findings.map(findingRecord),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/**
 * One finding per line (`kind: "finding"`), then one line per file that was not scanned completely
 * (`kind: "file"`), so a consumer can tell "nothing found" from "not looked at".
 */
export function jsonl(result: ScanResult): string {
  return jsonlFindings(result.findings) + jsonlFiles(result.files);
}

/** The `kind: "finding"` lines of {@link jsonl}, each ending in a newline. */
export function jsonlFindings(findings: readonly Finding[]): string {
  let out = '';
  for (const f of findings) out += JSON.stringify({ kind: 'finding', ...findingRecord(f) }) + '\n';
  return out;
}

/** The `kind: "file"` lines of {@link jsonl}: files not scanned completely. */
export function jsonlFiles(files: readonly FileResult[]): string {
  let out = '';
  for (const r of files) if (r.status.code !== 'COMPLETE') out += JSON.stringify({ kind: 'file', ...fileRecord(r) }) + '\n';
  return out;
}
