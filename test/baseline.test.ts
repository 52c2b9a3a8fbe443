import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  BASELINE_FILE,
  formatBaseline,
  newBaseline,
  normalizeValue,
  parseBaseline,
  updateBaseline,
  valueKey,
  type Baseline,
} from '../src/baseline.js';
import { baselineCommand } from '../src/git/baseline-git.js';
import { installHook } from '../src/git/hook.js';
import { scanGit } from '../src/git/scan-git.js';
import { builtinDetectors } from '../src/registry.js';
import { git, runCli, tempRepos, write } from './helpers/repos.js';

// Each test runs real git commands and commits through the hook (a node process): slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const EMAIL = 'jane.roe@example.org';
const EMAIL2 = 'alex.poe@example.com';
const CARD = '4539 1488 0343 6467';
const commit = (dir: string, msg = 'c'): boolean => spawnSync('git', ['commit', '-q', '-m', msg], { cwd: dir }).status === 0;
const newRepo = tempRepos('pii-guard-baseline-');

async function repo(files: Record<string, string>): Promise<string> {
  const dir = newRepo(files, 'legacy data');
  await installHook({ cwd: dir });
  return dir;
}

const cli = runCli;

const card = builtinDetectors.find((d) => d.id === 'credit-card-number')!;

describe('baseline file format', () => {
  const salt = 'ab'.repeat(32);
  const base: Baseline = {
    version: 1,
    salt,
    entries: [
      { detector: 'email-address', type: 'EMAIL_ADDRESS', path: 'b.csv', hmac: valueKey(salt, 'email-address', EMAIL) },
      { detector: 'credit-card-number', type: 'CREDIT_CARD_NUMBER', hmac: valueKey(salt, 'credit-card-number', '4539148803436467') },
      { detector: 'email-address', type: 'EMAIL_ADDRESS', path: 'a.csv', hmac: valueKey(salt, 'email-address', EMAIL) },
    ],
  };

  it('is sorted, one entry per line, stable, and holds no values', () => {
    const text = formatBaseline(base);
    expect(formatBaseline({ ...base, entries: [...base.entries].reverse() })).toBe(text);
    expect(formatBaseline(parseBaseline(text))).toBe(text);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain('4539');
    expect(text).not.toMatch(/"line"|"date"|"time"/);
    const lines = text.split('\n').filter((l) => l.includes('"hmac"'));
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.endsWith(','))).toBe(true); // no entry is ever the last line
    expect(lines.map((l) => (JSON.parse(l.slice(0, -1)) as { path?: string }).path)).toEqual([undefined, 'a.csv', 'b.csv']);
  });

  it('reads the union of two versions (unsorted, duplicates) and rejects broken files clearly', () => {
    const text = formatBaseline(base);
    const lines = text.split('\n');
    const entryLines = lines.filter((l) => l.includes('"hmac"'));
    const union = [...lines.slice(0, 5), entryLines[2]!, ...entryLines, ...lines.slice(5 + entryLines.length)].join('\n');
    expect(formatBaseline(parseBaseline(union))).toBe(text);
    expect(() => parseBaseline('<<<<<<< HEAD\n')).toThrow(/not valid JSON/);
    expect(() => parseBaseline('{"version": 2}')).toThrow(/not a pii-guard baseline/);
  });

  it('keys values by detector and normalised value: separators and case do not matter', () => {
    const k = (v: string): string => valueKey(salt, 'credit-card-number', normalizeValue(v, card));
    expect(k('4539 1488 0343 6467')).toBe(k('4539-1488-0343-6467'));
    expect(k('4539 1488 0343 6467')).toBe(k('4539148803436467'));
    expect(k('4539 1488 0343 6467')).not.toBe(k('5425 2334 3010 9903'));
    expect(valueKey(salt, 'email-address', normalizeValue('Jane.Roe@Example.org'))).toBe(valueKey(salt, 'email-address', normalizeValue(EMAIL)));
    expect(valueKey(newBaseline().salt, 'email-address', EMAIL)).not.toBe(valueKey(salt, 'email-address', EMAIL));
  });

  it('update adds what is new and reports stale entries; prune removes them', () => {
    const found = [{ detector: 'email-address', type: 'EMAIL_ADDRESS', path: 'a.csv', hmac: valueKey(salt, 'email-address', EMAIL) }];
    const u = updateBaseline(base, [...found, { ...found[0]!, path: 'c.csv' }], { scoped: true, add: true, prune: false });
    expect(u.added.map((e) => e.path)).toEqual(['c.csv']);
    expect(u.stale.map((e) => e.path ?? '*')).toEqual(['*', 'b.csv']);
    expect(u.baseline.entries).toHaveLength(4);
    const p = updateBaseline(base, found, { scoped: true, add: false, prune: true });
    expect(p.baseline.entries.map((e) => e.path)).toEqual(['a.csv']);
  });
});

describe('baseline on real repositories', () => {
  it('allows baselined values (also moved within the file), blocks new values, even on an old line', async () => {
    const dir = await repo({ 'customers.csv': `id,email,card\n1,${EMAIL},${CARD}\n2,x,y\n`, 'other.txt': 'nothing\n' });
    const created = await cli(['baseline', 'create'], dir);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/2 entries, 2 added/);
    const text = readFileSync(join(dir, BASELINE_FILE), 'utf8');
    expect(text).not.toContain(EMAIL);
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toContain(`/${BASELINE_FILE} merge=union`);
    git(dir, 'add', BASELINE_FILE, '.gitattributes');
    expect(commit(dir, 'baseline')).toBe(true);
    expect((await cli(['baseline', 'create'], dir)).code).toBe(2); // exists: use update

    // The same value on a new line of the same file: allowed (no line numbers in the baseline).
    write(dir, 'customers.csv', `id,email,card\n1,${EMAIL},${CARD}\n2,x,y\n3,${EMAIL.toUpperCase()},none\n`);
    git(dir, 'add', 'customers.csv');
    const moved = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(moved.result.findings).toEqual([]);
    expect(moved.baselined).toBe(1);
    expect(commit(dir)).toBe(true);

    // A new value on an old line: blocked.
    write(dir, 'customers.csv', `id,email,card\n1,${EMAIL} ${EMAIL2},${CARD}\n2,x,y\n3,${EMAIL.toUpperCase()},none\n`);
    git(dir, 'add', 'customers.csv');
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.result.findings.map((f) => [f.line, f.masked])).toEqual([[2, '****.***@*******.com']]);
    expect(commit(dir)).toBe(false);
    git(dir, 'checkout', 'HEAD', '--', 'customers.csv');

    // A baselined value in another file: entries are scoped to their file by default.
    write(dir, 'other.txt', `nothing\n${EMAIL}\n`);
    git(dir, 'add', 'other.txt');
    expect(commit(dir)).toBe(false);
    // Accept it: update, stage the baseline, commit.
    const up = await cli(['baseline', 'update'], dir);
    expect(up.out).toMatch(/1 added, 0 stale/);
    git(dir, 'add', BASELINE_FILE);
    expect(commit(dir)).toBe(true);
  });

  it('the baseline file is skipped only when it is exactly what pii-guard writes', async () => {
    const dir = await repo({ 'a.txt': `${EMAIL}\n` });
    await baselineCommand('create', { cwd: dir });
    git(dir, 'add', '-A');
    expect((await scanGit({ kind: 'staged' }, { cwd: dir })).result.files.map((f) => f.file)).toEqual(['.gitattributes']);
    expect(commit(dir)).toBe(true);
    const text = readFileSync(join(dir, BASELINE_FILE), 'utf8');
    write(dir, BASELINE_FILE, text.replace('"version": 1,', `"version": 1,\n  "note": "ask ${EMAIL2}",`));
    git(dir, 'add', BASELINE_FILE);
    const r = await scanGit({ kind: 'staged' }, { cwd: dir });
    expect(r.result.findings.map((f) => f.file)).toEqual([BASELINE_FILE]);
    expect(commit(dir)).toBe(false);
  });

  it('create reads a repository of more files than one batch of blobs', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2100; i++) files[`f${i}.txt`] = `row ${i}\n`;
    files['f2099.txt'] = `row 2099 ${EMAIL}\n`;
    files['f3.txt'] = `row 3 ${EMAIL2}\n`;
    const dir = await repo(files);
    const r = await baselineCommand('create', { cwd: dir });
    expect(r.added.map((e) => e.path)).toEqual(['f2099.txt', 'f3.txt']);
  });

  it('prune reports and removes entries nothing matches any more', async () => {
    const dir = await repo({ 'a.txt': `${EMAIL}\n${EMAIL2}\n` });
    await baselineCommand('create', { cwd: dir });
    write(dir, 'a.txt', `${EMAIL}\n`);
    git(dir, 'add', '-A');
    expect(commit(dir)).toBe(true);
    const update = await cli(['baseline', 'update'], dir);
    expect(update.out).toMatch(/0 added, 1 stale/);
    expect(update.out).toContain('EMAIL_ADDRESS  a.txt');
    const prune = await cli(['baseline', 'prune'], dir);
    expect(prune.out).toMatch(/1 entry, 0 added, 1 removed/);
    expect(parseBaseline(readFileSync(join(dir, BASELINE_FILE), 'utf8')).entries).toHaveLength(1);
  });

  it('a baseline created on one branch merges cleanly with another branch that also added entries', async () => {
    const dir = await repo({ 'seed.csv': `email\n${EMAIL}\n` });
    await baselineCommand('create', { cwd: dir });
    git(dir, 'add', '-A');
    expect(commit(dir, 'baseline')).toBe(true);

    git(dir, 'checkout', '-q', '-b', 'feature-a');
    write(dir, 'a.csv', `email\n${EMAIL2}\n`);
    git(dir, 'add', 'a.csv');
    expect(commit(dir)).toBe(false); // not in the baseline yet
    await baselineCommand('update', { cwd: dir });
    git(dir, 'add', BASELINE_FILE);
    expect(commit(dir, 'a')).toBe(true);

    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-q', '-b', 'feature-b');
    write(dir, 'b.csv', `card\n${CARD}\n`);
    git(dir, 'add', 'b.csv');
    await baselineCommand('update', { cwd: dir });
    git(dir, 'add', BASELINE_FILE);
    expect(commit(dir, 'b')).toBe(true);

    git(dir, 'checkout', '-q', 'feature-a');
    const merge = spawnSync('git', ['merge', '--no-edit', 'feature-b'], { cwd: dir, encoding: 'utf8' });
    expect(merge.status, merge.stdout + merge.stderr).toBe(0);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    const merged = parseBaseline(readFileSync(join(dir, BASELINE_FILE), 'utf8'));
    expect(merged.entries.map((e) => e.path).sort()).toEqual(['a.csv', 'b.csv', 'seed.csv']);
    // Everything in the merged tree is covered: a full scan with the baseline finds nothing.
    const all = await scanGit({ kind: 'index' }, { cwd: dir });
    expect(all.result.findings).toEqual([]);
    expect(all.baselined).toBe(3);
  });
});
