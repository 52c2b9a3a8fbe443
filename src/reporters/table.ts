import { explainLine } from '../explain.js';
import type { Finding, ScanResult, Severity } from '../types.js';
import type { ReportOptions } from './index.js';

const COLORS: Record<Severity, string> = { high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m' };
const RESET = '\x1b[0m';

function pad(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

const human = (bytes: number): string =>
  bytes >= 1 << 30 ? `${(bytes / (1 << 30)).toFixed(1)} GB` : bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;

/**
 * Where a finding is, for people: `file:line:col` for text, `file:row:column` for CSV/TSV cells,
 * `file Sheet1!D17` for spreadsheets, `file $.path` for JSON records (`file:line $.path` when the line
 * is known), `file p.3:12` for PDF pages, `file ¶4` for paragraphs; archive members as `file!member`.
 */
export function locationText(f: Finding): string {
  const file = f.member !== undefined ? `${f.file}!${f.member}` : f.file;
  if (f.cell !== undefined) return `${file} ${f.sheet !== undefined ? `${f.sheet}!` : ''}${f.cell}`;
  if (f.row !== undefined && f.column !== undefined) return `${file}:${f.row}:${f.column}`;
  if (f.jsonPath !== undefined) return f.line > 0 ? `${file}:${f.line} ${f.jsonPath}` : `${file} ${f.jsonPath}${f.recordIndex ? ` (record ${f.recordIndex})` : ''}`;
  if (f.page !== undefined) return `${file} p.${f.page}${f.line > 0 ? `:${f.line}` : ''}`;
  if (f.paragraph !== undefined) return `${file} ¶${f.paragraph}`;
  return f.line > 0 ? `${file}:${f.line}:${f.col}` : file;
}

/** For people: one row per finding, then files not fully scanned, then a summary line. */
export function table(result: ScanResult, options: ReportOptions): string {
  const out: string[] = [];
  if (result.findings.length) {
    const rows = [['SEVERITY', 'TYPE', 'LOCATION', 'VALUE']];
    for (const f of result.findings) rows.push([f.severity, f.type, locationText(f), f.text ?? f.masked]);
    const lines = pad(rows);
    out.push(
      lines[0]!,
      ...lines.slice(1).flatMap((l, i) => {
        const f = result.findings[i]!;
        const sev = f.severity;
        const row = options.color ? COLORS[sev] + l.slice(0, sev.length) + RESET + l.slice(sev.length) : l;
        // --explain: one more line under the finding.
        return f.explain ? [row, `  why: ${explainLine(f.explain)}`] : [row];
      }),
    );
  }
  const notComplete = result.files.filter((f) => f.status.code !== 'COMPLETE');
  if (notComplete.length) {
    if (out.length) out.push('');
    out.push('Not fully scanned:');
    for (const f of notComplete) out.push(`  ${f.status.code.padEnd(8)} ${f.file}  ${f.status.reason ?? ''}${f.status.message ? ` (${f.status.message})` : ''}`);
  }
  const truncated = result.files.filter((f) => f.truncated);
  if (truncated.length) out.push(`Listing capped per type per file in ${truncated.length} file(s); counts include every occurrence.`);
  if (out.length) out.push('');
  out.push(summaryLine(result, severityCounts(result.findings)));
  return out.join('\n') + '\n';
}

/** Listed findings by severity. */
export function severityCounts(findings: readonly Finding[], into: Record<Severity, number> = { high: 0, medium: 0, low: 0 }): Record<Severity, number> {
  for (const f of findings) into[f.severity]++;
  return into;
}

/** The table's last line: findings (by severity, as listed), files, bytes, time, files not scanned. */
export function summaryLine(result: ScanResult, bySeverity: Record<Severity, number>): string {
  const s = result.summary;
  const withFindings = result.files.filter((f) => Object.keys(f.counts).length > 0).length;
  const sev = (['high', 'medium', 'low'] as const).filter((k) => bySeverity[k]).map((k) => `${bySeverity[k]} ${k}`);
  return (
    `${s.findings} finding${s.findings === 1 ? '' : 's'}${sev.length ? ` (${sev.join(', ')})` : ''} in ${withFindings} of ${s.files} file${s.files === 1 ? '' : 's'}; ` +
    `${human(s.bytes)} in ${s.durationMs} ms${s.threads > 1 ? ` on ${s.threads} threads` : ''}` +
    (s.byStatus.SKIPPED || s.byStatus.PARTIAL ? `; ${s.byStatus.SKIPPED} skipped, ${s.byStatus.PARTIAL} partial` : '')
  );
}
