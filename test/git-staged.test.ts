/**
 * `scan --staged` and the pre-commit hook on real repositories: what is judged is the index, only
 * the added lines, and each case ends with what `git commit` actually does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { installHook } from '../src/git/hook.js';
import { git, initRepo, runCli, tempDir, tempRepos, write } from './helpers/repos.js';
import { parseRawPatch } from '../src/git/diff.js';
import { scanGit } from '../src/git/scan-git.js';
import { baselineCommand } from '../src/git/baseline-git.js';

// Each test runs real git commands and commits through the hook (a node process): slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const EMAIL = 'jane.roe@example.org';
const CARD = '4539 1488 0343 6467'; // Luhn-valid, made up

const newRepo = tempRepos('pii-guard-git-');

/** A fresh repository with one commit and the pii-guard hook installed. */
async function repo(files: Record<string, string | Buffer> = { 'README.md': '# test\n' }): Promise<string> {
  const dir = newRepo(files);
  await installHook({ cwd: dir });
  return dir;
}

/** Runs `git commit` for real; the hook decides. */
function commit(dir: string, msg = 'change'): { ok: boolean; code: number; output: string } {
  const r = spawnSync('git', ['commit', '-q', '-m', msg], { cwd: dir, encoding: 'utf8' });
  return { ok: r.status === 0, code: r.status ?? -1, output: r.stdout + r.stderr };
}

/** The installed hook run directly, for its own exit code (git reports any failure as 1). */
const runHook = (dir: string) => spawnSync(join(dir, '.git', 'hooks', 'pre-commit'), [], { cwd: dir, encoding: 'utf8' });

const head = (dir: string): string => git(dir, 'rev-parse', 'HEAD').trim();

const run = runCli;

beforeAll(() => {
  // The hook runs bin/pii-guard.js, which loads the build (`npm test` builds first).
  expect(() => readFileSync(new URL('../dist/bundle/cli.js', import.meta.url))).not.toThrow();
});

describe('parseRawPatch', () => {
  it('reads raw records, hunks with and without counts, and a type change shown as two sections', () => {
    const z = '\0';
    const out =
      `:100644 100644 ${'a'.repeat(40)} ${'b'.repeat(40)} M${z}f.txt${z}` +
      `:100644 100644 ${'c'.repeat(40)} ${'d'.repeat(40)} R090${z}old name.txt${z}new name.txt${z}` +
      `:100644 120000 ${'e'.repeat(40)} ${'f'.repeat(40)} T${z}link${z}${z}` +
      'diff --git a/f.txt b/f.txt\nindex aaa..bbb 100644\n--- a/f.txt\n+++ b/f.txt\n@@ -2 +2 @@\n-x\n+diff --git y\n@@ -9,0 +10,3 @@ ctx\n+1\n+2\n+3\n@@ -20,2 +22,0 @@\n-a\n-b\n' +
      'diff --git a/old name.txt b/new name.txt\nsimilarity index 90%\nrename from old name.txt\nrename to new name.txt\n--- a/old name.txt\t\n+++ b/new name.txt\t\n@@ -1 +1 @@\n-a\n+b\n' +
      'diff --git a/link b/link\ndeleted file mode 100644\n--- a/link\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n' +
      'diff --git a/link b/link\nnew file mode 120000\n--- /dev/null\n+++ b/link\n@@ -0,0 +1 @@\n+target\n';
    const e = parseRawPatch(Buffer.from(out, 'latin1'));
    expect(e.map((x) => [x.status, x.path, x.oldPath, x.added])).toEqual([
      ['M', 'f.txt', undefined, [[2, 2], [10, 12]]],
      ['R', 'new name.txt', 'old name.txt', [[1, 1]]],
      ['T', 'link', undefined, [[1, 1]]],
    ]);
    expect(e[1]!.score).toBe(90);
  });

  it('fails loudly when the patch does not match the file list', () => {
    const out = `:100644 100644 ${'a'.repeat(40)} ${'b'.repeat(40)} M\0f.txt\0\0`;
    expect(() => parseRawPatch(Buffer.from(out + 'diff --git a/f b/f\ndiff --git a/g b/g\n'))).toThrow(/could not match/);
  });
});

describe('pre-commit on real repositories', () => {
  it('blocks a staged value and lets a clean commit through', async () => {
    const dir = await repo();
    write(dir, 'users.csv', `id,email\n1,${EMAIL}\n`);
    git(dir, 'add', 'users.csv');
    const before = head(dir);
    const r = commit(dir);
    expect(r.ok).toBe(false);
    expect(r.code).toBe(1);
    expect(r.output).toContain('users.csv:2');
    expect(r.output).toContain('EMAIL_ADDRESS');
    expect(r.output).not.toContain(EMAIL);
    expect(r.output).toContain('****.***@*******.org');
    expect(r.output).toContain('git commit --no-verify');
    expect(r.output).toContain('pii-guard:allow EMAIL_ADDRESS');
    expect(r.output).toContain('pii-guard baseline create');
    expect(head(dir)).toBe(before);
    write(dir, 'users.csv', 'id,email\n1,someone at example\n');
    git(dir, 'add', 'users.csv');
    expect(commit(dir).ok).toBe(true);
    expect(head(dir)).not.toBe(before);
  });

  it('judges the index, not the working tree (partial staging with git apply --cached)', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const dir = await repo({ 'notes.txt': lines.join('\n') + '\n' });
    // Two separate changes: a harmless one at the top, a value at the bottom.
    const changed = [...lines];
    changed[1] = 'line 2, edited';
    changed[27] = `line 28 contact ${EMAIL}`;
    write(dir, 'notes.txt', changed.join('\n') + '\n');
    const patch = git(dir, 'diff', '-U1', 'notes.txt');
    const [header, ...hunks] = patch.split(/^(?=@@ )/m);
    expect(hunks).toHaveLength(2);
    // Stage only the first hunk, as `git add -p` would.
    const partial = header! + hunks[0]!;
    execFileSync('git', ['apply', '--cached', '-'], { cwd: dir, input: partial });
    expect(git(dir, 'diff', '--cached')).not.toContain(EMAIL);
    expect(git(dir, 'diff')).toContain(EMAIL); // still in the working tree
    const staged = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(staged.result.findings).toEqual([]);
    expect(commit(dir).ok).toBe(true);
    // Now stage the rest: blocked, at the line in the staged blob.
    git(dir, 'add', 'notes.txt');
    const blocked = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(blocked.result.findings.map((f) => [f.file, f.line, f.type])).toEqual([['notes.txt', 28, 'EMAIL_ADDRESS']]);
    expect(commit(dir).ok).toBe(false);
  });

  it('blocks a value that is staged even when the working tree no longer has it', async () => {
    const dir = await repo();
    write(dir, 'a.txt', `card ${CARD}\n`);
    git(dir, 'add', 'a.txt');
    write(dir, 'a.txt', 'nothing here\n');
    const r = commit(dir);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('CREDIT_CARD_NUMBER');
  });

  it('judges only added lines; --all-lines judges whole files', async () => {
    const dir = await repo({ 'legacy.txt': `old contact ${EMAIL}\n` });
    write(dir, 'legacy.txt', `old contact ${EMAIL}\nnew harmless line\n`);
    git(dir, 'add', 'legacy.txt');
    expect((await scanGit({ kind: 'staged' }, { cwd: dir })).result.findings).toEqual([]);
    const all = await scanGit({ kind: 'staged' }, { cwd: dir, allLines: true });
    expect(all.result.findings.map((f) => f.line)).toEqual([1]);
    expect((await run(['pre-commit', '--all-lines'], dir)).code).toBe(1);
    expect(commit(dir).ok).toBe(true);
  });

  it('unchanged lines between two hunks are not judged, whatever diff.interHunkContext says', async () => {
    const dir = await repo({ 'f.txt': `a\nold ${EMAIL}\nb\n` });
    git(dir, 'config', 'diff.interHunkContext', '10');
    write(dir, 'f.txt', `a changed\nold ${EMAIL}\nb changed\n`);
    git(dir, 'add', 'f.txt');
    expect((await scanGit({ kind: 'staged' }, { cwd: dir })).result.findings).toEqual([]);
    expect(commit(dir).ok).toBe(true);
  });

  it('files named by a hook framework: staged ones on added lines, the others whole (pre-commit run --all-files)', async () => {
    const dir = await repo({ 'legacy.txt': `old ${EMAIL}\n`, 'clean.txt': 'ok\n' });
    write(dir, 'clean.txt', 'ok\nmore\n');
    git(dir, 'add', 'clean.txt');
    expect((await run(['pre-commit'], dir)).code).toBe(0);
    expect((await run(['pre-commit', 'clean.txt'], dir)).code).toBe(0);
    const named = await run(['pre-commit', 'clean.txt', 'legacy.txt'], dir);
    expect(named.code).toBe(1);
    expect(named.err).toContain('legacy.txt:1');
    // From a subfolder, paths are relative to it.
    mkdirSync(join(dir, 'sub'));
    expect((await run(['pre-commit', '../legacy.txt'], join(dir, 'sub'))).code).toBe(1);
  });

  it('uses the keyword on an unchanged line as context for an added value', async () => {
    // CREDIT_CARD_NUMBER needs a keyword within 30 characters; without one it is the NO_KEYWORD type.
    const dir = await repo({ 'pay.txt': 'credit card:\n' });
    write(dir, 'pay.txt', `credit card:\n${CARD.replace(/ /g, '')}\n`);
    git(dir, 'add', 'pay.txt');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.result.findings.map((f) => [f.line, f.col, f.type])).toEqual([[2, 1, 'CREDIT_CARD_NUMBER']]);
  });

  it('scan --staged --explain says why each staged finding was reported', async () => {
    const dir = await repo({ 'pay.txt': 'credit card:\n' });
    write(dir, 'pay.txt', `credit card:\n${CARD.replace(/ /g, '')}\n`);
    git(dir, 'add', 'pay.txt');
    const { code, out } = await run(['scan', '--staged', '--explain', '--format', 'json'], dir);
    expect(code).toBe(1);
    const [f] = JSON.parse(out).findings;
    expect(f.explain).toMatchObject({ detector: 'credit-card-number', keyword: 'credit card', confidence: 'high' });
    expect(f.explain.validation).toMatch(/Luhn/);
  });

  it('rename: only the changed lines of the renamed file are judged', async () => {
    const body = Array.from({ length: 10 }, (_, i) => `row ${i}`).join('\n');
    const dir = await repo({ 'old/name.txt': `owner ${EMAIL}\n${body}\n` });
    git(dir, 'mv', 'old/name.txt', 'new-name.txt');
    write(dir, 'new-name.txt', `owner ${EMAIL}\n${body}\nrow 10\n`);
    git(dir, 'add', 'new-name.txt');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.result.findings).toEqual([]);
    expect(commit(dir).ok).toBe(true);
    git(dir, 'mv', 'new-name.txt', 'newer.txt');
    write(dir, 'newer.txt', `owner ${EMAIL}\n${body}\nrow 10\nbackup owner alex.poe@example.com\n`);
    git(dir, 'add', 'newer.txt');
    const r2 = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r2.result.findings.map((f) => [f.file, f.line])).toEqual([['newer.txt', 13]]);
    expect(commit(dir).ok).toBe(false);
  });

  it('deletion: nothing to scan, the commit goes through', async () => {
    const dir = await repo({ 'leak.csv': `email\n${EMAIL}\n` });
    git(dir, 'rm', '-q', 'leak.csv');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.deleted).toBe(1);
    expect(r.result.files).toEqual([]);
    expect(commit(dir).ok).toBe(true);
  });

  it('binary blob: skipped and reported, the commit goes through', async () => {
    const dir = await repo();
    write(dir, 'image.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(` ${EMAIL} `)]));
    git(dir, 'add', 'image.bin');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.result.files.map((f) => [f.file, f.status.code, f.status.reason])).toEqual([['image.bin', 'SKIPPED', 'UNSUPPORTED_FILE_TYPE_EXCEPTION']]);
    const c = commit(dir);
    expect(c.ok).toBe(true);
    expect(c.output).toContain('image.bin: binary content');
  });

  it('a text file that .gitattributes marks as binary is still judged (whole file)', async () => {
    const dir = await repo({ '.gitattributes': '*.dat -diff\n' });
    write(dir, 'x.dat', `plain text ${EMAIL}\n`);
    git(dir, 'add', 'x.dat');
    expect(git(dir, 'diff', '--cached')).toContain('Binary files');
    expect(commit(dir).ok).toBe(false);
  });

  it('Git LFS pointers and submodules are skipped with a note; oversize blobs are skipped and reported', async () => {
    const dir = await repo();
    write(dir, 'big.psd', `version https://git-lfs.github.com/spec/v1\noid sha256:${'4'.repeat(64)}\nsize 12345\n`);
    write(dir, 'large.txt', `${'x'.repeat(5000)}\n${EMAIL}\n`);
    git(dir, 'add', 'big.psd', 'large.txt');
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${head(dir)},vendor/lib`);
    const r = await scanGit({ kind: 'staged' }, { cwd: dir, maxBlobBytes: 4096 });
    const status = Object.fromEntries(r.result.files.map((f) => [f.file, [f.status.reason, f.status.message]]));
    expect(status['big.psd']![1]).toMatch(/Git LFS pointer/);
    expect(status['vendor/lib']![1]).toMatch(/submodule/);
    expect(status['large.txt']![0]).toBe('FILE_EXCEEDS_SIZE_LIMIT');
    expect(r.result.findings).toEqual([]);
    // With the default limit the large file is scanned: blocked.
    const c = commit(dir);
    expect(c.ok).toBe(false);
    expect(c.output).toContain('large.txt:2');
    expect(c.output).toMatch(/big\.psd: Git LFS pointer/);
  });

  it('suppressed value: pii-guard:allow on the line lets it through, only for that line and type', async () => {
    const dir = await repo();
    write(dir, 'fixture.ts', `export const user = '${EMAIL}'; // pii-guard:allow EMAIL_ADDRESS synthetic test user\n`);
    git(dir, 'add', 'fixture.ts');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.suppressed).toBe(1);
    expect(commit(dir).ok).toBe(true);
    // The marker for another type does not allow this one; a marker on the next line does not count.
    write(dir, 'fixture.ts', `export const user = '${EMAIL}'; // pii-guard:allow EMAIL_ADDRESS synthetic\nconst card = '${CARD}'; // pii-guard:allow PHONE_NUMBER\nconst b = 'alex.poe@example.com';\n# pii-guard:allow\n`);
    git(dir, 'add', 'fixture.ts');
    const r2 = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r2.result.findings.map((f) => [f.line, f.detector])).toEqual([[2, 'credit-card-number'], [3, 'email-address']]);
    expect(commit(dir).ok).toBe(false);
  });

  it('reports line, column and bytes in UTF-8 text, and reads Latin-1 bytes', async () => {
    const dir = await repo();
    write(dir, 'u.txt', `ünïcødé line\nnaïve → ${EMAIL}\n`);
    write(dir, 'l.txt', Buffer.concat([Buffer.from('caf\xe9 ', 'latin1'), Buffer.from(`${EMAIL}\n`)]));
    git(dir, 'add', 'u.txt', 'l.txt');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir, showValues: true });
    const u = r.result.findings.find((f) => f.file === 'u.txt')!;
    const bytes = Buffer.from(`ünïcødé line\nnaïve → ${EMAIL}\n`);
    expect([u.line, u.col, u.text]).toEqual([2, 9, EMAIL]);
    expect(bytes.subarray(u.byteStart, u.byteEnd).toString()).toBe(EMAIL);
    const l = r.result.findings.find((f) => f.file === 'l.txt')!;
    expect([l.line, l.col, l.byteStart, l.text]).toEqual([1, 6, 5, EMAIL]);
    expect(r.result.files.find((f) => f.file === 'l.txt')!.encoding).toBe('latin1');
  });

  it('git commit -a and git commit <path> are judged on the index git builds for them', async () => {
    const dir = await repo({ 'a.txt': 'a\n', 'b.txt': 'b\n' });
    write(dir, 'a.txt', `a\n${EMAIL}\n`);
    const all = spawnSync('git', ['commit', '-q', '-a', '-m', 'all'], { cwd: dir, encoding: 'utf8' });
    expect(all.status).not.toBe(0);
    expect(all.stderr).toContain('a.txt:2');
    write(dir, 'b.txt', 'b\nclean\n');
    // Only b.txt is committed: passes although a.txt (not part of this commit) has a value.
    expect(spawnSync('git', ['commit', '-q', '-m', 'only b', 'b.txt'], { cwd: dir }).status).toBe(0);
    expect(spawnSync('git', ['commit', '-q', '-m', 'only a', 'a.txt'], { cwd: dir }).status).not.toBe(0);
  });

  it('UTF-16 text (with a BOM) is decoded and judged; added lines only', async () => {
    const dir = await repo();
    const utf16 = (t: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
    write(dir, 'export.txt', utf16(`header\ncontact ${EMAIL}\n`));
    git(dir, 'add', 'export.txt');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.result.findings.map((f) => [f.line, f.col, f.byteStart])).toEqual([[2, 9, 2 + 2 * 'header\ncontact '.length]]);
    expect(r.result.files[0]!.encoding).toBe('utf-16le');
    expect(commit(dir).ok).toBe(false);
  });

  it('the first commit of a repository is scanned too', async () => {
    const dir = tempDir('pii-guard-git-');
    initRepo(dir);
    await installHook({ cwd: dir });
    write(dir, 'a.txt', `${EMAIL}\n`);
    git(dir, 'add', 'a.txt');
    expect(commit(dir).ok).toBe(false);
  });

  it('an error blocks with exit 2 and says why (never a silent pass)', async () => {
    const notRepo = tempDir('pii-guard-nogit-');
    const r = spawnSync(process.execPath, [new URL('../bin/pii-guard.js', import.meta.url).pathname, 'pre-commit'], { cwd: notRepo, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/could not run, so the commit is blocked/);
    expect(r.stderr).toMatch(/not inside a git repository/);
    // A broken config blocks the commit too.
    const dir = await repo();
    write(dir, 'pii-guard.config.json', '{ nope');
    write(dir, 'a.txt', 'fine\n');
    git(dir, 'add', 'a.txt');
    const c = commit(dir);
    expect(c.ok).toBe(false); // git itself exits 1 whenever the hook fails
    expect(c.output).toMatch(/not valid JSON/);
    expect(runHook(dir).status).toBe(2);
  });

  it('a hook whose pii-guard is gone blocks with exit 2', async () => {
    const dir = await repo();
    await installHook({ cwd: dir, bin: join(dir, 'missing', 'pii-guard.js') });
    write(dir, 'a.txt', 'fine\n');
    git(dir, 'add', 'a.txt');
    const c = commit(dir);
    expect(c.ok).toBe(false);
    expect(c.output).toMatch(/missing, so the commit is blocked/);
    expect(runHook(dir).status).toBe(2);
  });
});

describe('structured formats in commits', () => {
  it('a CSV header is a keyword for every row: an added row far below "ssn" is found', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i},Person ${i},n/a,some long filler text in the note column`);
    const dir = await repo({ 'people.csv': `id,name,ssn,note\n${rows.join('\n')}\n` });
    write(dir, 'people.csv', `id,name,ssn,note\n${rows.join('\n')}\n21,Person 21,536-22-8726,some long filler text in the note column\n`);
    git(dir, 'add', 'people.csv');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.result.findings.map((f) => [f.type, f.line, f.row, f.columnName])).toEqual([['USA_SOCIAL_SECURITY_NUMBER', 22, 22, 'ssn']]);
    expect(r.result.files[0]!.format).toBe('csv');
    expect(commit(dir).ok).toBe(false);
  });

  it('an inline allow works in JSON lines too; unchanged rows stay unjudged', async () => {
    const dir = await repo({ 'users.jsonl': `{"email": "${EMAIL}"}\n` });
    write(dir, 'users.jsonl', `{"email": "${EMAIL}"}\n{"email": "alex.poe@example.com", "_": "pii-guard:allow EMAIL_ADDRESS synthetic"}\n`);
    git(dir, 'add', 'users.jsonl');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect([r.result.findings.length, r.suppressed]).toEqual([0, 1]);
    expect(commit(dir).ok).toBe(true);
  });

  it('a spreadsheet (binary) is read, not skipped: the commit is blocked', async () => {
    const dir = await repo();
    write(dir, 'export/people.xlsx', readFileSync(new URL('./fixtures/formats/people.xlsx', import.meta.url)));
    git(dir, 'add', 'export/people.xlsx');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.result.files.map((f) => [f.file, f.status.code, f.format])).toEqual([['export/people.xlsx', 'COMPLETE', 'xlsx']]);
    expect(r.result.findings.some((f) => f.type === 'USA_SOCIAL_SECURITY_NUMBER' && f.sheet === 'People' && f.cell === 'C2')).toBe(true);
    const c = commit(dir);
    expect(c.ok).toBe(false);
    expect(c.output).toContain('export/people.xlsx');
    // Accepting it in the baseline lets it through (values are keyed, not positions).
    await baselineCommand('create', { cwd: dir });
    git(dir, 'add', '.pii-guard-baseline.json', '.gitattributes');
    expect(commit(dir).ok).toBe(true);
  });
});

describe('large staged content', () => {
  it('uses worker threads above POOL_MIN_BYTES and finds exactly what one thread finds', async () => {
    const dir = await repo();
    const filler = 'lorem ipsum dolor sit amet, consectetur adipiscing elit\n'.repeat(6000);
    const parts: string[] = [];
    for (let i = 0; i < 100; i++) parts.push(filler, `row ${i} user${i}.name@example.org\n`);
    write(dir, 'big.txt', parts.join('')); // ~34 MB: above POOL_MIN_BYTES
    git(dir, 'add', 'big.txt');
    const pooled = await scanGit({ kind: 'staged' }, { cwd: dir, concurrency: 2 });
    const single = await scanGit({ kind: 'staged' }, { cwd: dir, concurrency: 1 });
    expect(pooled.result.summary.threads).toBe(2);
    expect(single.result.summary.threads).toBe(1);
    expect(pooled.result.findings).toHaveLength(100);
    expect(pooled.result.findings.map((f) => [f.line, f.col, f.byteStart])).toEqual(single.result.findings.map((f) => [f.line, f.col, f.byteStart]));
    expect(pooled.result.findings[99]!.line).toBe(100 * 6001);
  }, 60_000);

  it('many values on one long line: columns stay linear and exact', async () => {
    const dir = await repo();
    const cells = Array.from({ length: 900 }, (_, i) => `é${i}a${i}@example.org ${'x'.repeat(200)}`);
    write(dir, 'one-line.csv', cells.join(',') + '\n');
    git(dir, 'add', 'one-line.csv');
    const t0 = performance.now();
    const r = await scanGit({ kind: 'staged' }, { cwd: dir, concurrency: 1 });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.result.findings).toHaveLength(900);
    const last = r.result.findings[899]!;
    const line = cells.join(',');
    expect(last.col).toBe([...line.slice(0, line.lastIndexOf('é899') + 1)].length + 1);
  });
});

describe('scan --staged and scan --diff through the CLI', () => {
  it('--staged prints a normal report; --diff A..B judges the range, with SARIF', async () => {
    const dir = await repo({ 'base.txt': `existing ${EMAIL}\n` });
    const base = head(dir);
    write(dir, 'base.txt', `existing ${EMAIL}\nadded alex.poe@example.com\n`);
    write(dir, 'ok.ts', `const u = 'sam.lee@example.net'; // pii-guard:allow\n`);
    git(dir, 'add', '-A');
    const staged = await run(['scan', '--staged', '--format', 'json'], dir);
    expect(staged.code).toBe(1);
    const json = JSON.parse(staged.out) as { findings: Array<{ file: string; line: number }> };
    expect(json.findings.map((f) => [f.file, f.line])).toEqual([['base.txt', 2]]);
    git(dir, 'commit', '-q', '--no-verify', '-m', 'feature');
    const sarif = await run(['scan', '--diff', `${base}..HEAD`, '--format', 'sarif'], dir);
    expect(sarif.code).toBe(1);
    const doc = JSON.parse(sarif.out) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
    const results = doc.runs[0]!.results;
    expect(results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['EMAIL_ADDRESS', 'base.txt', 2],
    ]);
    expect((await run(['scan', '--diff', `${base}..HEAD`, '--all-lines', '--format', 'json'], dir)).code).toBe(1);
    expect((await run(['scan', '--diff', `HEAD..HEAD`], dir)).code).toBe(0);
    expect((await run(['scan', '--diff', base], dir)).code).toBe(1);
  });

  it('rejects bad combinations and bad ranges with exit 2', async () => {
    const dir = await repo();
    expect((await run(['scan', '--staged', 'a.txt'], dir)).code).toBe(2);
    expect((await run(['scan', '--all-lines'], dir)).code).toBe(2);
    expect((await run(['scan', '--staged', '--diff', 'HEAD'], dir)).code).toBe(2);
    const bad = await run(['scan', '--diff', 'no-such-rev..HEAD'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      "pii-guard: --diff no-such-rev..HEAD: git does not know that revision (bad revision 'no-such-rev..HEAD'). Give branches, tags or commits (A..B, A...B, or A for A..HEAD); in a shallow CI clone, fetch the base first, e.g. git fetch origin main\n",
    );
    // HEAD~5 of a one-commit history, as in a shallow CI checkout
    expect((await run(['scan', '--diff', 'HEAD~5'], dir)).err).toMatch(/^pii-guard: --diff HEAD~5: git does not know that revision \(/);
  });
});
