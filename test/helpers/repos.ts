/** Shared by the tests that need real git repositories or run the CLI in-process. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { main, type CliIO } from '../../src/cli.js';

// Keep the machine's git configuration out of the test repositories.
process.env.GIT_CONFIG_GLOBAL = '/dev/null';
process.env.GIT_CONFIG_NOSYSTEM = '1';

export const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

export function write(dir: string, file: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
}

// Every folder made here is removed after the test file that made it (modules are per test file).
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Removes `path` (a file or folder a test made beside its temporary folders) after the test file. */
export function removeAfter(path: string): void {
  dirs.push(path);
}

/** An empty temporary folder, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** `git init` on main with a local identity and no signing. */
export function initRepo(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'user.email', 'test@invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
}

/**
 * A factory of fresh repositories (removed after the test file) with `files` committed as the first
 * commit, without running any hook.
 */
export function tempRepos(prefix: string): (files: Record<string, string | Buffer>, message?: string) => string {
  return (files, message = 'init') => {
    const dir = tempDir(prefix);
    initRepo(dir);
    for (const [f, c] of Object.entries(files)) write(dir, f, c);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', message);
    return dir;
  };
}

/** Runs the CLI in this process, as a user in `cwd` would, and collects what it prints. */
export async function runCli(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdoutTTY: false, stderrTTY: false, cwd };
  const code = await main(argv, io);
  return { code, out, err };
}
