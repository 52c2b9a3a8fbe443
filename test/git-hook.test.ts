import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHAINED_HOOK, HOOK_MARKER, REPLACED_HOOK, installHook, uninstallHook } from '../src/git/hook.js';
import { git, removeAfter, runCli, tempDir, tempRepos } from './helpers/repos.js';

// Each test runs real git commands and commits through the hook (a node process): slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const EMAIL = 'jane.roe@example.org';
const newRepo = tempRepos('pii-guard-hook-');
const repo = (): string => newRepo({ 'README.md': '# r\n' });

/** Stages a file and runs `git commit` for real. */
function tryCommit(dir: string, content: string, file = 'data.txt'): { ok: boolean; output: string } {
  writeFileSync(join(dir, file), content);
  git(dir, 'add', file);
  const r = spawnSync('git', ['commit', '-q', '-m', 'c'], { cwd: dir, encoding: 'utf8' });
  return { ok: r.status === 0, output: r.stdout + r.stderr };
}

const cli = runCli;

/** A foreign hook that leaves a trace and exits with `code`. */
function foreignHook(path: string, trace: string, code = 0): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\necho ran >> '${trace}'\nexit ${code}\n`, { mode: 0o755 });
}

describe('hook install', () => {
  it('installs an executable hook that blocks a leak and passes a clean commit; install again updates it', async () => {
    const dir = repo();
    const r = await cli(['hook', 'install'], dir);
    expect(r.code).toBe(0);
    const path = join(dir, '.git', 'hooks', 'pre-commit');
    expect(r.out).toContain(`installed: ${path}`);
    expect(readFileSync(path, 'utf8')).toContain(HOOK_MARKER);
    expect(statSync(path).mode & 0o111).not.toBe(0);
    expect(tryCommit(dir, `contact ${EMAIL}\n`).ok).toBe(false);
    expect(tryCommit(dir, 'clean\n').ok).toBe(true);
    expect((await cli(['hook', 'install'], dir)).out).toContain('updated');
    expect((await cli(['hook', 'uninstall'], dir)).code).toBe(0);
    expect(existsSync(path)).toBe(false);
    expect(tryCommit(dir, `contact ${EMAIL}\n`).ok).toBe(true);
  });

  it('refuses to overwrite a foreign hook', async () => {
    const dir = repo();
    const path = join(dir, '.git', 'hooks', 'pre-commit');
    const trace = join(dir, 'trace.log');
    foreignHook(path, trace);
    const before = readFileSync(path, 'utf8');
    const r = await cli(['hook', 'install'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not pii-guard's.*--chain.*--replace/s);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(tryCommit(dir, `contact ${EMAIL}\n`).ok).toBe(true); // still only the foreign hook
    await expect(uninstallHook({ cwd: dir })).rejects.toThrow(/not pii-guard's/);
  });

  it('--chain keeps the foreign hook and runs it first; uninstall puts it back', async () => {
    const dir = repo();
    const path = join(dir, '.git', 'hooks', 'pre-commit');
    const trace = join(dir, '..', `${dir.split('/').pop()}-trace.log`);
    removeAfter(trace);
    foreignHook(path, trace);
    const r = await installHook({ cwd: dir, existing: 'chain' });
    expect(r.action).toBe('chained');
    expect(r.kept).toBe(join(dir, '.git', 'hooks', CHAINED_HOOK));
    expect(tryCommit(dir, `contact ${EMAIL}\n`).ok).toBe(false); // ours blocks
    expect(readFileSync(trace, 'utf8')).toBe('ran\n'); // theirs ran
    expect(tryCommit(dir, 'clean\n').ok).toBe(true);
    expect(readFileSync(trace, 'utf8')).toBe('ran\nran\n');
    // Installing again keeps the chain.
    expect((await installHook({ cwd: dir })).action).toBe('updated');
    expect(readFileSync(path, 'utf8')).toContain(CHAINED_HOOK);
    // A failing foreign hook still blocks.
    foreignHook(r.kept!, trace, 1);
    expect(tryCommit(dir, 'clean again\n').ok).toBe(false);
    const u = await uninstallHook({ cwd: dir });
    expect(u.restored).toBe(path);
    expect(readFileSync(path, 'utf8')).not.toContain(HOOK_MARKER);
    expect(existsSync(r.kept!)).toBe(false);
  });

  it('--replace sets the foreign hook aside', async () => {
    const dir = repo();
    const path = join(dir, '.git', 'hooks', 'pre-commit');
    const trace = join(dir, '..', `${dir.split('/').pop()}-trace.log`);
    removeAfter(trace);
    foreignHook(path, trace);
    const r = await cli(['hook', 'install', '--replace'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, '.git', 'hooks', REPLACED_HOOK))).toBe(true);
    expect(tryCommit(dir, `contact ${EMAIL}\n`).ok).toBe(false);
    expect(existsSync(trace)).toBe(false); // the foreign hook does not run
    expect((await cli(['hook', 'install', '--chain', '--replace'], dir)).code).toBe(2);
    // Uninstall puts the replaced hook back.
    expect((await uninstallHook({ cwd: dir })).restored).toBe(path);
    expect(readFileSync(path, 'utf8')).toContain(`echo ran >> '${trace}'`);
    expect(tryCommit(dir, `contact ${EMAIL}\n`).ok).toBe(true);
    expect(readFileSync(trace, 'utf8')).toBe('ran\n');
  });

  it('outside a repository says so in plain words, exit 2', async () => {
    const dir = tempDir('pii-guard-nogit-');
    const { code, err } = await cli(['hook', 'install'], dir);
    expect(code).toBe(2);
    expect(err).toBe(`pii-guard: ${dir} is not inside a git repository (run "git init" or change folder)\n`);
  });

  it('honours core.hooksPath', async () => {
    const dir = repo();
    git(dir, 'config', 'core.hooksPath', '.githooks');
    const r = await installHook({ cwd: dir });
    expect(r.path).toBe(join(dir, '.githooks', 'pre-commit'));
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expect(tryCommit(dir, `contact ${EMAIL}\n`).ok).toBe(false);
    expect(tryCommit(dir, 'clean\n').ok).toBe(true);
  });

  it('refuses husky-managed hooks with advice', async () => {
    const dir = repo();
    git(dir, 'config', 'core.hooksPath', '.husky/_');
    const r = await cli(['hook', 'install'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.husky/pre-commit');
  });

  it('works from a linked worktree (hooks are shared with the main repository)', async () => {
    const dir = repo();
    const wt = `${dir}-wt`;
    removeAfter(wt);
    git(dir, 'worktree', 'add', '-q', wt, '-b', 'side');
    const r = await installHook({ cwd: wt });
    expect(r.path).toBe(join(dir, '.git', 'hooks', 'pre-commit'));
    expect(tryCommit(wt, `contact ${EMAIL}\n`).ok).toBe(false);
    expect(tryCommit(wt, 'clean\n').ok).toBe(true);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook whose entry is pii-guard pre-commit', () => {
    const text = readFileSync(new URL('../.pre-commit-hooks.yaml', import.meta.url), 'utf8');
    expect(text).toMatch(/^- id: pii-guard$/m);
    expect(text).toMatch(/^ {2}entry: pii-guard pre-commit$/m);
    expect(text).toMatch(/^ {2}language: node$/m);
    expect(text).toMatch(/^ {2}pass_filenames: true$/m);
  });
});
