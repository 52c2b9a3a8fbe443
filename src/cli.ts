/**
 * The command line: parse → call the library → pick a reporter → return the exit code.
 * `main` never exits the process, so it can be tested in-process.
 */
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from './config.js';
import { OutputError, PiiGuardError, UsageError } from './errors.js';
import { builtinDetectors, detectionSettings, engineFor } from './registry.js';
import { formatResult, reporterNames, type ReporterName } from './reporters/index.js';
import { jsonlFiles, jsonlFindings } from './reporters/json.js';
import { severityCounts, summaryLine } from './reporters/table.js';
import type { ScanOptions, ScanProgress } from './scan.js';
import type { Detector, ScanResult, Severity } from './types.js';
import { VERSION } from './version.js';

export interface CliIO {
  /** Read when "-" is among the paths. */
  stdin?: AsyncIterable<Buffer>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stdout is a terminal: colours. */
  stdoutTTY: boolean;
  /** stderr is a terminal: progress. */
  stderrTTY: boolean;
  cwd: string;
}

export const EXIT = { clean: 0, found: 1, error: 2 } as const;

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const ERROR_REASONS = new Set(['FILE_NOT_FOUND', 'PERMISSION_DENIED', 'READ_ERROR']);

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
};

/**
 * 1 when findings reach `failOn`; else 2 when a file could not be read; else 0. `reached`: whether a
 * finding reaches `failOn`, for a scan whose findings were written out as they came.
 */
export function exitCodeFor(result: ScanResult, failOn: Severity, reached = result.findings.some((f) => RANK[f.severity] >= RANK[failOn])): number {
  if (reached) return EXIT.found;
  if (result.files.some((f) => f.status.reason && ERROR_REASONS.has(f.status.reason))) return EXIT.error;
  return EXIT.clean;
}

function progressPrinter(io: CliIO): { update: (p: ScanProgress) => void; clear: () => void } {
  const start = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (!io.stderrTTY || now - start < 1000 || now - last < 200) return;
      last = now;
      shown = true;
      const mb = (n: number): string => (n / 1048576).toFixed(1);
      io.stderr(`\rscanning: ${p.filesDone}/${p.filesTotal} files, ${mb(p.bytesDone)}/${mb(p.bytesTotal)} MB `);
    },
    clear() {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}

function buildProgram(io: CliIO, setCode: (n: number) => void): Command {
  const program = new Command('pii-guard')
    .description('Find personal data (PII) and credentials in files, with Amazon Macie\'s detector names and severities.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      `
Exit codes:
  0  nothing found (at or above --fail-on)
  1  findings
  2  error: bad usage or config, or a file that could not be read

Run "pii-guard <command> --help" for a command's options.`,
    );

  program
    .command('scan')
    .description('Scan files, folders or globs (default: the current folder). Folders honour .gitignore; binary files are skipped and reported.')
    .argument('[paths...]', 'files, folders or globs; - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(reporterNames).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--stdin-name <name>', 'name of standard input in the report; its extension picks the format when the content does not (e.g. export.csv)')
    .option('--show-values', 'print found values in clear text (they are masked otherwise)', false)
    .option('--explain', 'say why each finding was reported: detector, pattern, validation, keyword and its distance or the column header / JSON path element, confidence', false)
    .option('-c, --config <file>', 'config file (default: ./pii-guard.config.json if present)')
    .option('-j, --concurrency <n>', 'worker threads for large scans (default: number of cores; 1 = no threads)', positiveInt)
    .addOption(new Option('--fail-on <severity>', 'exit 1 only for findings of at least this severity').choices(['low', 'medium', 'high']))
    .addOption(new Option('--min-confidence <level>', 'also report less certain matches (e.g. an SSN with no keyword near it)').choices(['low', 'medium', 'high']))
    .option('--no-gitignore', 'scan files that .gitignore excludes')
    .option('--staged', 'scan what is staged for the next commit (blobs in the index), not the working tree')
    .option('--diff <rev-range>', 'scan the changes of a revision range (A..B, A...B, or A for A..HEAD), e.g. in CI for a pull request')
    .option('--all-lines', 'with --staged or --diff: judge whole files, not only the lines the change adds')
    .addHelpText(
      'after',
      `
Formats: table (people), json (one document), jsonl (one finding per line, then one line per
file not fully scanned), sarif (SARIF 2.1.0 for code scanning).
Every finding has type (Macie ID or extra), category, severity, file, line, col, byteStart, byteEnd
and the masked value; --show-values adds the raw value as "text".`,
    )
    .action(async (paths: string[], o: Record<string, unknown>) => {
      const config = await loadConfig(o.config as string | undefined, io.cwd);
      if (o.minConfidence) config.minConfidence = o.minConfidence as Severity;
      if (o.gitignore === false) config.gitignore = false;
      const failOn = (o.failOn as Severity | undefined) ?? config.failOn;
      const gitMode = !!o.staged || o.diff !== undefined;
      if (!gitMode && o.allLines) throw new UsageError('--all-lines needs --staged or --diff');
      if (gitMode && paths.length) throw new UsageError('--staged and --diff scan what git records; give no paths');
      if (o.staged && o.diff !== undefined) throw new UsageError('use either --staged or --diff, not both');
      const progress = progressPrinter(io);
      const format = o.format as ReporterName;
      // Opened before the scan: an unwritable path is an error now, not after a long scan.
      const out = o.output ? openOutput(o.output as string) : undefined;
      const scanOptions: ScanOptions = {
        paths,
        cwd: io.cwd,
        config,
        showValues: !!o.showValues,
        explain: !!o.explain,
        onProgress: progress.update,
        ...(o.concurrency ? { concurrency: o.concurrency as number } : {}),
        ...(paths.includes('-') && io.stdin ? { stdin: io.stdin } : {}),
        ...(o.stdinName ? { stdinName: o.stdinName as string } : {}),
      };
      try {
        if (format === 'jsonl' && !gitMode) {
          setCode(await streamJsonl(scanOptions, out, failOn, io, progress));
          return;
        }
        // Loaded here, not at start-up: the hook's path (git scans) needs neither globbing nor the pool.
        const result = gitMode ? await gitScan(o, config, io) : await (await import('./scan.js')).scan(scanOptions);
        progress.clear();
        const detectors = engineFor(detectionSettings(config)).detectors;
        const report = formatResult(result, format, { detectors, color: !out && io.stdoutTTY && format === 'table' });
        if (out) {
          out.write(report);
          io.stderr(writtenNote(result, severityCounts(result.findings), out));
        } else io.stdout(report);
        setCode(exitCodeFor(result, failOn));
      } finally {
        out?.close();
      }
    });

  addGitCommands(program, io, setCode);

  program
    .command('detectors')
    .description(
      'List the detectors a scan here uses: Macie ID, category, keyword rule, countries, validation. The config ' +
        '(pii-guard.config.json or --config) can switch built-in detectors off and add custom data identifiers.',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .option('-c, --config <file>', 'config file (default: pii-guard.config.json in the working directory)')
    .option('--all', 'every built-in detector, whatever the config says')
    .action(async (o: { format: string; config?: string; all?: boolean }) => {
      const detectors = o.all ? builtinDetectors : engineFor(detectionSettings(await loadConfig(o.config, io.cwd))).detectors;
      io.stdout(detectorTable(o.format, detectors));
      setCode(EXIT.clean);
    });
  return program;
}

/**
 * `scan --format jsonl`: each file's findings are written as soon as the files before it are done and
 * are not kept, so memory does not grow with the number of findings (a 256 MiB tree with ~200k
 * findings: see the README). The output is the same as the buffered reporter's: findings in input
 * order, then the files not scanned completely.
 */
async function streamJsonl(
  options: ScanOptions,
  out: Output | undefined,
  failOn: Severity,
  io: CliIO,
  progress: ReturnType<typeof progressPrinter>,
): Promise<number> {
  const { scan } = await import('./scan.js');
  const write = out ? out.write : io.stdout;
  const bySeverity = { high: 0, medium: 0, low: 0 };
  let reached = false;
  const result = await scan({
    ...options,
    keepFindings: false,
    onOrderedFile: (_, findings) => {
      if (!findings.length) return;
      write(jsonlFindings(findings));
      severityCounts(findings, bySeverity);
      reached ||= findings.some((f) => RANK[f.severity] >= RANK[failOn]);
    },
  });
  progress.clear();
  write(jsonlFiles(result.files));
  if (out) io.stderr(writtenNote(result, bySeverity, out));
  return exitCodeFor(result, failOn, reached);
}

/** What stderr says when the report went to --output: the summary and where the report is. */
function writtenNote(result: ScanResult, bySeverity: Record<Severity, number>, out: Output): string {
  return `${summaryLine(result, bySeverity)}\nreport written to ${out.path}\n`;
}

/** The --output file, open for writing. */
interface Output {
  path: string;
  write: (s: string) => void;
  close: () => void;
}

function openOutput(path: string): Output {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (err) {
    throw new OutputError(path, err as NodeJS.ErrnoException);
  }
  return {
    path,
    write: (s) => {
      try {
        writeFileSync(fd, s);
      } catch (err) {
        throw new OutputError(path, err as NodeJS.ErrnoException);
      }
    },
    close: () => closeSync(fd),
  };
}

/** `scan --staged` / `scan --diff`: what git records, as a normal ScanResult. */
async function gitScan(o: Record<string, unknown>, config: Awaited<ReturnType<typeof loadConfig>>, io: CliIO): Promise<ScanResult> {
  const { scanGit } = await import('./git/scan-git.js');
  const target = o.staged ? { kind: 'staged' as const } : { kind: 'range' as const, range: o.diff as string };
  const concurrency = o.concurrency ? { concurrency: o.concurrency as number } : {};
  return (await scanGit(target, { cwd: io.cwd, config, allLines: !!o.allLines, showValues: !!o.showValues, explain: !!o.explain, ...concurrency })).result;
}

/** `pre-commit`, `hook install|uninstall`, `baseline create|update|prune`. */
function addGitCommands(program: Command, io: CliIO, setCode: (n: number) => void): void {
  const failOnOption = (): Option =>
    new Option('--fail-on <severity>', 'block only for findings of at least this severity').choices(['low', 'medium', 'high']);
  program
    .command('pre-commit')
    .description('The git pre-commit hook: scan the staged changes; exit 1 (commit blocked) when they add personal data, 2 when the check cannot run')
    .option('-c, --config <file>', 'config file (default: ./pii-guard.config.json if present)')
    .argument('[paths...]', 'files named by a hook framework: staged ones are judged on their added lines, the others whole (pre-commit run --all-files)')
    .option('--all-lines', 'judge whole staged files, not only the lines the commit adds')
    .addOption(failOnOption())
    .action(async (paths: string[], o: Record<string, unknown>) => {
      const { formatPreCommit, formatPreCommitError, preCommitExitCode } = await import('./git/pre-commit.js');
      try {
        const config = await loadConfig(o.config as string | undefined, io.cwd);
        const { scanGit } = await import('./git/scan-git.js');
        const r = await scanGit({ kind: 'staged' }, { cwd: io.cwd, config, allLines: !!o.allLines, paths });
        const failOn = (o.failOn as Severity | undefined) ?? config.failOn;
        const code = preCommitExitCode(r, failOn);
        const message = formatPreCommit(r, code, failOn);
        if (message) io.stderr(message);
        setCode(code);
      } catch (err) {
        // A hook must never pass because it broke: every failure blocks, with the reason.
        io.stderr(formatPreCommitError(err instanceof Error ? err.message : String(err)));
        setCode(EXIT.error);
      }
    });

  const hook = program.command('hook').description('Install or remove the git pre-commit hook (honours core.hooksPath and worktrees)');
  hook
    .command('install')
    .description('Write the pre-commit hook; refuses to overwrite a hook that is not pii-guard\'s')
    .option('--chain', 'keep an existing hook and run it before pii-guard')
    .option('--replace', 'set an existing hook aside (pre-commit.pii-guard-replaced) and install pii-guard\'s')
    .action(async (o: { chain?: boolean; replace?: boolean }) => {
      if (o.chain && o.replace) throw new UsageError('use either --chain or --replace');
      const { installHook } = await import('./git/hook.js');
      const r = await installHook({ cwd: io.cwd, existing: o.chain ? 'chain' : o.replace ? 'replace' : 'refuse' });
      const kept = r.kept ? ` (the previous hook is now ${r.kept}${r.action === 'chained' ? ' and runs first' : ''})` : '';
      io.stdout(`pii-guard: pre-commit hook ${r.action}: ${r.path}${kept}\n`);
      setCode(EXIT.clean);
    });
  hook
    .command('uninstall')
    .description('Remove pii-guard\'s pre-commit hook (a chained or replaced hook is put back)')
    .action(async () => {
      const { uninstallHook } = await import('./git/hook.js');
      const r = await uninstallHook({ cwd: io.cwd });
      io.stdout(
        r.action === 'not-installed'
          ? `pii-guard: no pre-commit hook at ${r.path}\n`
          : `pii-guard: removed ${r.path}${r.restored ? ' (the previous hook is back in its place)' : ''}\n`,
      );
      setCode(EXIT.clean);
    });

  const baseline = program
    .command('baseline')
    .description('Accept the findings in the files committed now: .pii-guard-baseline.json holds keyed fingerprints (no values)');
  const actions = [
    ['create', 'Create the baseline from every file in the index (also sets merge=union for it in .gitattributes)'],
    ['update', 'Add the values found now in the index; reports entries that match nothing any more'],
    ['prune', 'Remove (and list) entries that match nothing in the index any more'],
  ] as const;
  for (const [action, description] of actions) {
    const cmd = baseline
      .command(action)
      .description(description)
      .option('-c, --config <file>', 'config file (default: ./pii-guard.config.json if present)');
    if (action !== 'prune') cmd.option('--any-path', 'new entries allow their value in every file (default: only in the file it was found in)');
    if (action === 'create') cmd.option('--force', 'replace an existing baseline (new salt)').option('--no-gitattributes', 'do not touch .gitattributes');
    cmd.action(async (o: Record<string, unknown>) => {
      const config = await loadConfig(o.config as string | undefined, io.cwd);
      const { baselineCommand } = await import('./git/baseline-git.js');
      const r = await baselineCommand(action, {
        cwd: io.cwd,
        config,
        force: !!o.force,
        scoped: !o.anyPath,
        gitattributes: o.gitattributes !== false,
      });
      const lines = [`pii-guard: ${r.path}: ${r.total} entr${r.total === 1 ? 'y' : 'ies'}, ${r.added.length} added, ${action === 'prune' ? `${r.removed} removed` : `${r.stale.length} stale`}`];
      if (r.stale.length) {
        lines.push(action === 'prune' ? 'Removed (nothing in the index matches them):' : 'Stale (remove with "pii-guard baseline prune"):');
        for (const e of r.stale) lines.push(`  ${e.type}  ${e.path ?? '(any path)'}  ${e.hmac.slice(0, 12)}`);
      }
      if (r.attributes) lines.push('Added "merge=union" for the baseline to .gitattributes.');
      if (r.added.length || r.removed || r.attributes) lines.push(`Commit it: git add ${r.attributes ? '.gitattributes ' : ''}.pii-guard-baseline.json`);
      io.stdout(lines.join('\n') + '\n');
      setCode(EXIT.clean);
    });
  }
}

/** The detector table, from the registry (the README's table is generated by the same function). */
export function detectorTable(format: string, detectors: readonly Detector[] = builtinDetectors): string {
  const rows = detectors.map((d) => ({
    type: d.keywords?.unkeyedType ? `${d.type} / ${d.keywords.unkeyedType}` : d.type,
    id: d.id,
    source: d.customName !== undefined ? 'custom' : d.macie ? 'Macie' : 'extra',
    category: d.category,
    keyword: d.keywords?.required ? 'required' : d.keywords ? 'optional' : 'no',
    countries: d.countries?.join(' ') ?? 'any',
    validation: (d.customName !== undefined ? [d.findSource, d.validation] : [d.validation]).filter(Boolean).join('; '),
    severity: d.severity.join('/'),
  }));
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const head = ['Type', 'Detector', 'Source', 'Category', 'Keyword', 'Countries', 'Validation', 'Severity (1 / 2–99 / 100+)'];
  const body = rows.map((r) => [r.type, r.id, r.source, r.category, r.keyword, r.countries, r.validation, r.severity]);
  if (format === 'markdown') {
    return [head, head.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n';
  }
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let code: number = EXIT.clean;
  const program = buildProgram(io, (n) => (code = n));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.error;
    }
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.clean : EXIT.error;
    }
    if (err instanceof PiiGuardError) {
      io.stderr(`pii-guard: ${err.message}\n`);
      return EXIT.error;
    }
    throw err;
  }
}

function processIO(): CliIO {
  // A reader that stops early (`pii-guard scan . --format jsonl | head`) closes the pipe: stop quietly,
  // as other command-line tools do, with the scan's exit code when it is known (the report was written
  // at the end); during a jsonl scan only findings have been written, so some were found.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.found);
  });
  return {
    // A getter: process.stdin is made (and its modules loaded) only for a scan of "-".
    get stdin() {
      return process.stdin;
    },
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    stdoutTTY: !!process.stdout.isTTY,
    stderrTTY: !!process.stderr.isTTY,
    cwd: process.cwd(),
  };
}

