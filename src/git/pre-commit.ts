/** What the pre-commit hook tells a developer: each finding, then the exact ways out. */
import { BASELINE_FILE } from '../baseline.js';
import type { Severity } from '../types.js';
import type { GitScanResult } from './scan-git.js';

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const ERROR_REASONS = new Set(['FILE_NOT_FOUND', 'PERMISSION_DENIED', 'READ_ERROR']);

/** 1 when a finding reaches `failOn` (the commit is blocked), 2 when a blob could not be read, else 0. */
export function preCommitExitCode(r: GitScanResult, failOn: Severity): 0 | 1 | 2 {
  if (r.result.findings.some((f) => RANK[f.severity] >= RANK[failOn])) return 1;
  if (r.result.files.some((f) => f.status.reason && ERROR_REASONS.has(f.status.reason))) return 2;
  return 0;
}

/**
 * The hook's message (for stderr). Empty when the commit passes and nothing was skipped.
 * `code` is the exit code from {@link preCommitExitCode}.
 */
export function formatPreCommit(r: GitScanResult, code: number, failOn: Severity = 'low'): string {
  const out: string[] = [];
  const blocking = r.result.findings.filter((f) => RANK[f.severity] >= RANK[failOn]);
  if (code === 1) {
    const files = new Set(blocking.map((f) => f.file)).size;
    out.push(
      `pii-guard: commit blocked: ${blocking.length} finding${blocking.length === 1 ? '' : 's'} in the staged changes (${files} file${files === 1 ? '' : 's'})`,
      '',
    );
    const rows = blocking.map((f) => [`${f.file}:${f.line}`, f.type, f.text ?? f.masked]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    for (const [loc, type, value] of rows) out.push(`  ${loc!.padEnd(w0)}  ${type!.padEnd(w1)}  ${value}`);
    const type = blocking[0]!.type;
    out.push(
      '',
      'Ways out:',
      '  1. Fix it: remove or replace the value (use synthetic data), then stage the file again: git add <file>',
      `  2. Allow one line: put "pii-guard:allow ${type} <reason>" in a comment on that line`,
      `     (e.g. "# pii-guard:allow ${type} synthetic test fixture"); it allows only that line and type.`,
      `  3. Accept the values staged now: pii-guard baseline ${r.hasBaseline ? 'update' : 'create'} && git add ${BASELINE_FILE}${r.hasBaseline ? '' : ' .gitattributes'}`,
      '  4. Skip the check for this one commit: git commit --no-verify',
    );
  }
  const notScanned = r.result.files.filter((f) => f.status.code !== 'COMPLETE');
  if (notScanned.length) {
    if (out.length) out.push('');
    out.push(code === 2 ? 'pii-guard: commit blocked: staged files could not be read:' : 'pii-guard: not scanned:');
    for (const f of notScanned) out.push(`  ${f.file}: ${f.status.message ?? f.status.reason}`);
    if (code === 2) out.push('Fix the repository state and commit again, or skip the check once: git commit --no-verify');
  }
  if (code === 1 && (r.suppressed || r.baselined)) {
    out.push('', `(${r.suppressed} allowed inline, ${r.baselined} in the baseline: not shown)`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/** The message for an error that stops the hook: it blocks, and says so. */
export function formatPreCommitError(message: string): string {
  return (
    `pii-guard: the pre-commit check could not run, so the commit is blocked:\n  ${message}\n` +
    'Fix the problem and commit again, or skip the check once: git commit --no-verify\n'
  );
}
