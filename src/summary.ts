import type { FileResult, Finding, ScanResult, StatusCode } from './types.js';

/** The ScanResult of a set of files and findings: totals by type and by status. */
export function summarize(files: FileResult[], findings: Finding[], durationMs: number, threads: number): ScanResult {
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
  return { findings, files, summary: { files: files.length, bytes, findings: total, byType, byStatus, durationMs: Math.round(durationMs), threads } };
}
