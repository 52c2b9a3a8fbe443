/** Running git: one child process per call, output as bytes, failures as {@link GitError}. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PiiGuardError } from '../errors.js';

/** git is missing, the folder is not a repository, or a git command failed. */
export class GitError extends PiiGuardError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('GIT', message, options);
  }
}

/**
 * Options that make git's output independent of the user's configuration: no pager, no colour,
 * no external diff or textconv, paths relative to the top level.
 */
export const GIT_ENV_OVERRIDES = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'diff.relative=false'];

export interface GitRunOptions {
  cwd: string;
  /** Written to stdin, then stdin is closed. */
  input?: string | Buffer;
  /** Exit codes that are not errors (default: 0 only). */
  okCodes?: readonly number[];
}

export interface GitOutput {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Runs `git args` and returns its output; rejects with GitError when git is missing or fails. */
export function git(args: readonly string[], opts: GitRunOptions): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...GIT_ENV_OVERRIDES, ...args], {
      cwd: opts.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      const code = (e as NodeJS.ErrnoException).code;
      reject(new GitError(code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git: ${e.message}`, { cause: e }));
    });
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8');
      const c = code ?? 128;
      if (!(opts.okCodes ?? [0]).includes(c)) {
        reject(new GitError(`git ${args.join(' ')} failed (exit ${c}): ${stderr.trim() || 'no message'}`));
        return;
      }
      resolve({ stdout: Buffer.concat(out), stderr, code: c });
    });
    child.stdin.on('error', () => {}); // git may exit before reading all input; the exit code tells.
    child.stdin.end(opts.input ?? '');
  });
}

/**
 * The top level of the working tree that contains `cwd`. Git runs hooks there, so when `cwd` has a
 * `.git` (folder, or file for worktrees and submodules) and no GIT_DIR / GIT_WORK_TREE overrides it,
 * that is the answer without starting git.
 */
export async function topLevel(cwd: string): Promise<string> {
  if (!process.env.GIT_DIR && !process.env.GIT_WORK_TREE && existsSync(join(cwd, '.git'))) return resolve(cwd);
  return (await inRepository(cwd, ['rev-parse', '--show-toplevel'])).stdout.toString('utf8').trim();
}

/** Runs a git command that needs a repository; outside one, says so in words a user can act on. */
export async function inRepository(cwd: string, args: string[]): Promise<GitOutput> {
  try {
    return await git(args, { cwd });
  } catch (e) {
    if (e instanceof GitError && /not a git repository/i.test(e.message)) {
      throw new GitError(`${cwd} is not inside a git repository (run "git init" or change folder)`, { cause: e });
    }
    throw e;
  }
}
