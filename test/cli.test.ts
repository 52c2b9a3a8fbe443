import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/repos.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-guard-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], cwd = dir): ReturnType<typeof runCli> => runCli(args, cwd);

beforeAll(() => {
  mkdirSync(join(dir, 'repo/src'), { recursive: true });
  mkdirSync(join(dir, 'repo/build'), { recursive: true });
  mkdirSync(join(dir, 'clean'), { recursive: true });
  writeFileSync(join(dir, 'repo/.gitignore'), 'build/\n*.tmp\n');
  writeFileSync(join(dir, 'repo/src/users.txt'), 'owner: jane.doe@example.com\nssn: 536-22-8726\n');
  writeFileSync(join(dir, 'repo/build/out.txt'), 'copy: jane.doe@example.com\n');
  writeFileSync(join(dir, 'repo/notes.tmp'), 'copy: jane.doe@example.com\n');
  writeFileSync(join(dir, 'repo/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  writeFileSync(join(dir, 'clean/readme.txt'), 'nothing to see here\n');
});

describe('pii-guard scan', () => {
  it('exits 1 with findings, honours .gitignore and reports the binary as skipped', async () => {
    const { code, out } = await run(['scan', 'repo', '--format', 'json']);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    expect([...new Set(doc.findings.map((f: { file: string }) => f.file))]).toEqual(['repo/src/users.txt']);
    expect(doc.findings.map((f: { type: string }) => f.type)).toEqual(['EMAIL_ADDRESS', 'USA_SOCIAL_SECURITY_NUMBER']);
    expect(doc.files.find((f: { file: string }) => f.file === 'repo/logo.png')).toMatchObject({ status: 'SKIPPED', reason: 'UNSUPPORTED_FILE_TYPE_EXCEPTION' });
    expect(out).not.toContain('536-22-8726');
  });

  it('scans gitignored files with --no-gitignore', async () => {
    const { out } = await run(['scan', 'repo', '--format', 'jsonl', '--no-gitignore']);
    const files = out.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.kind === 'finding').map((l) => l.file);
    expect(new Set(files)).toEqual(new Set(['repo/build/out.txt', 'repo/notes.tmp', 'repo/src/users.txt']));
  });

  it('prints values only with --show-values', async () => {
    const { out } = await run(['scan', 'repo/src/users.txt', '--format', 'jsonl', '--show-values']);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual(['jane.doe@example.com', '536-22-8726']);
  });

  it('exits 0 when nothing is found', async () => {
    const { code, out } = await run(['scan', 'clean']);
    expect(code).toBe(0);
    expect(out).toMatch(/^0 findings in 0 of 1 file/m);
  });

  it('exits 0 when findings are below --fail-on', async () => {
    // one email (low) and one SSN (high)
    expect((await run(['scan', 'repo/src/users.txt', '--fail-on', 'high'])).code).toBe(1);
    mkdirSync(join(dir, 'other'), { recursive: true });
    writeFileSync(join(dir, 'other/only-email.txt'), 'contact jane.doe@example.com\n');
    expect((await run(['scan', 'other/only-email.txt', '--fail-on', 'medium'])).code).toBe(0);
    expect((await run(['scan', 'other/only-email.txt'])).code).toBe(1);
  });

  it('exits 2 when a named path does not exist and nothing was found, and says so in every format', async () => {
    const { code, out } = await run(['scan', 'clean', 'does-not-exist.txt', '--format', 'jsonl']);
    expect(code).toBe(2);
    expect(JSON.parse(out.trim())).toMatchObject({ kind: 'file', file: 'does-not-exist.txt', status: 'SKIPPED', reason: 'FILE_NOT_FOUND' });
  });

  it('writes the report to --output and a summary to stderr', async () => {
    const target = join(dir, 'report.sarif');
    const { code, out, err } = await run(['scan', 'repo/src', '--format', 'sarif', '--output', target]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('report written to');
    expect(JSON.parse(readFileSync(target, 'utf8')).version).toBe('2.1.0');
  });

  it('streams --format jsonl: the findings of the json report in its order, then the files not fully scanned', async () => {
    const args = ['scan', 'repo', 'clean', 'does-not-exist.txt', '--no-gitignore', '--show-values'];
    const doc = JSON.parse((await run([...args, '--format', 'json'])).out);
    const expected = [
      ...doc.findings.map((f: object) => ({ kind: 'finding', ...f })),
      ...doc.files.filter((f: { status: string }) => f.status !== 'COMPLETE').map((f: object) => ({ kind: 'file', ...f })),
    ];
    expect(expected.filter((l) => l.kind === 'file').map((l) => l.file)).toEqual(['repo/logo.png', 'does-not-exist.txt']);
    // the summary line on stderr is the table's, severities included
    const summary = (await run([...args, '--format', 'table'])).out.trim().split('\n').pop()!;
    expect(summary).toMatch(/^\d+ findings \(\d+ high, /);
    const target = join(dir, 'report.jsonl');
    for (const { code, out, err, lines, stderr } of [
      { ...(await run([...args, '--format', 'jsonl'])), lines: (o: string): string => o, stderr: '' },
      {
        ...(await run([...args, '--format', 'jsonl', '--output', target])),
        lines: (): string => readFileSync(target, 'utf8'),
        stderr: `${summary.replace(/\d+ ms/, '')}\nreport written to ${target}\n`,
      },
    ]) {
      expect(code).toBe(1);
      const text = lines(out);
      expect(text.endsWith('\n')).toBe(true);
      expect(text.trim().split('\n').map((l) => JSON.parse(l))).toEqual(expected);
      expect(err.replace(/\d+ ms/, '')).toBe(stderr);
    }
  });

  it.each(['json', 'jsonl', 'table'])('says so, exit 2, when --output cannot be written (%s)', async (format) => {
    const target = join(dir, 'no-such-folder', 'report.out');
    const { code, out, err } = await run(['scan', 'repo/src', '--format', format, '--output', target]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`pii-guard: cannot write the report to ${target} (ENOENT). Check that its folder exists and is writable, or leave out --output to print to stdout.\n`);
  });

  it('reports a named device or pipe as not a regular file, not as missing, and goes on', async () => {
    const fifo = join(dir, 'a-pipe');
    execFileSync('mkfifo', [fifo]);
    const { code, out } = await run(['scan', '/dev/null', fifo, 'repo/src', '--format', 'json']);
    expect(code).toBe(1); // findings in repo/src
    const files = JSON.parse(out).files;
    expect(files.find((f: { file: string }) => f.file === '/dev/null')).toMatchObject({ status: 'SKIPPED', reason: 'READ_ERROR', message: 'not a regular file (a character device)' });
    expect(files.find((f: { file: string }) => f.file === fifo)).toMatchObject({ status: 'SKIPPED', reason: 'READ_ERROR', message: 'not a regular file (a named pipe)' });
  });

  it('reads pii-guard.config.json from the working directory', async () => {
    const cwd = join(dir, 'withconfig');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(cwd, 'data.txt'), 'owner: jane.doe@example.com\nssn: 536-22-8726\n');
    writeFileSync(join(cwd, 'pii-guard.config.json'), JSON.stringify({ detectors: { disable: ['EMAIL_ADDRESS'] }, allow: { values: ['536-22-8726'] } }));
    const { code, out } = await run(['scan', '.', '--format', 'jsonl'], cwd);
    expect(code).toBe(0);
    expect(out).toBe('');
  });

  it('exits 2 with a message naming the bad entry for an invalid config', async () => {
    const cfg = join(dir, 'bad.json');
    writeFileSync(cfg, JSON.stringify({ minConfidence: 'very', detectors: { disable: ['NO_SUCH_THING'] } }));
    const { code, err } = await run(['scan', 'clean', '--config', cfg]);
    expect(code).toBe(2);
    expect(err).toMatch(/minConfidence/);
    const cfg2 = join(dir, 'bad2.json');
    writeFileSync(cfg2, JSON.stringify({ detectors: { disable: ['NO_SUCH_THING'] } }));
    const r2 = await run(['scan', 'clean', '--config', cfg2]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/detectors\.disable: unknown detector "NO_SUCH_THING"/);
    const r3 = await run(['scan', 'clean', '--config', join(dir, 'absent.json')]);
    expect(r3.code).toBe(2);
    expect(r3.err).toMatch(/cannot read config/);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run(['scan', '--format', 'xml'])).code).toBe(2);
    expect((await run(['scan', '--concurrency', '0'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('explains formats, values and exit codes in --help', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    expect(top.out).toMatch(/Exit codes:[\s\S]*0[\s\S]*1[\s\S]*2/);
    const scanHelp = await run(['scan', '--help']);
    for (const word of ['--format', 'table', 'json', 'jsonl', 'sarif', '--show-values', '--concurrency', '--config', '--fail-on', '--output']) {
      expect(scanHelp.out).toContain(word);
    }
  });
});

describe('pii-guard detectors', () => {
  it('lists every detector with its Macie ID and keyword rule', async () => {
    const { code, out } = await run(['detectors', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out);
    expect(rows.find((r: { id: string }) => r.id === 'credit-card-number')).toMatchObject({
      type: 'CREDIT_CARD_NUMBER / CREDIT_CARD_NUMBER_(NO_KEYWORD)',
      source: 'Macie',
      keyword: 'optional',
    });
    expect(rows.find((r: { id: string }) => r.id === 'email-address')).toMatchObject({ source: 'extra' });
  });

  it("lists what the config makes of them: custom identifiers added, disabled detectors left out unless --all", async () => {
    const cwd = join(dir, 'detectors-config');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(
      join(cwd, 'pii-guard.config.json'),
      JSON.stringify({
        detectors: { disable: ['EMAIL_ADDRESS'] },
        customDataIdentifiers: [{ name: 'Employee ID', regex: 'EMP-[0-9]{6}', keywords: ['employee'], maximumMatchDistance: 20 }],
      }),
    );
    const ids = async (args: string[]): Promise<Array<Record<string, string>>> => JSON.parse((await run(['detectors', '--format', 'json', ...args], cwd)).out);
    const configured = await ids([]);
    expect(configured.find((r) => r.id === 'email-address')).toBeUndefined();
    expect(configured.find((r) => r.id === 'custom-employee-id')).toMatchObject({
      type: 'EMPLOYEE_ID',
      source: 'custom',
      category: 'CUSTOM_IDENTIFIER',
      keyword: 'required',
      validation: 'RE2 /EMP-[0-9]{6}/; keyword before the match, ≤ 20 characters from keyword end to match end',
    });
    const all = await ids(['--all']);
    expect(all.map((r) => r.id)).toContain('email-address');
    expect(all.map((r) => r.id)).not.toContain('custom-employee-id');
    expect(configured.length).toBe(all.length); // one built-in off, one custom on
  });
});

describe('worker threads', () => {
  it('finds the same things with 2 threads as with 1 on an input big enough for the pool', async () => {
    const big = join(dir, 'big');
    mkdirSync(big, { recursive: true });
    const line = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor\n';
    for (let f = 0; f < 6; f++) {
      const parts: string[] = [];
      for (let i = 0; i < 40000; i++) parts.push(i % 5000 === 17 ? `user${f}.${i}@example.com ssn 536-22-87${String(i % 90 + 10)}\n` : line);
      writeFileSync(join(big, `part${f}.txt`), parts.join(''));
    }
    // one file large enough to be split into byte ranges
    writeFileSync(join(big, 'huge.txt'), (line.repeat(20000) + 'card 4539 1488 0343 6467\n').repeat(40));
    const one = JSON.parse((await run(['scan', 'big', '--format', 'json', '-j', '1'])).out);
    const two = JSON.parse((await run(['scan', 'big', '--format', 'json', '-j', '2'])).out);
    expect(one.summary.threads).toBe(1);
    expect(two.summary.threads).toBe(2);
    expect(two.findings).toEqual(one.findings);
    // jsonl is written file by file as the threads finish, in the same order
    const streamed = (await run(['scan', 'big', '--format', 'jsonl', '-j', '2'])).out.trim().split('\n');
    expect(streamed.map((l) => JSON.parse(l)).map(({ kind, ...f }: { kind: string }) => [kind, f])).toEqual(one.findings.map((f: object) => ['finding', f]));
    expect(one.summary.byType).toEqual({ EMAIL_ADDRESS: 48, USA_SOCIAL_SECURITY_NUMBER: 48, CREDIT_CARD_NUMBER: 40 });
  }, 60_000);
});
