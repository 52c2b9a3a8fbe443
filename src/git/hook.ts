/**
 * Installing the pre-commit hook: into the hooks folder git really uses (`git rev-parse --git-path
 * hooks` honours core.hooksPath and linked worktrees), never over someone else's hook unless asked.
 */
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitError, inRepository } from './run.js';

export const HOOK_MARKER = '# pii-guard: pre-commit hook';
/** Where a chained foreign hook is kept (next to ours); it runs first. */
export const CHAINED_HOOK = 'pre-commit.pii-guard-chained';
/** Where a replaced foreign hook is kept. */
export const REPLACED_HOOK = 'pre-commit.pii-guard-replaced';

export type ExistingHook = 'refuse' | 'chain' | 'replace';

export interface HookInstallOptions {
  cwd: string;
  /** What to do with a hook that is not ours. Default: refuse. */
  existing?: ExistingHook;
  /** The launcher to run (default: this package's bin/pii-guard.js). */
  bin?: string;
  /** The node binary used when `node` is not on PATH (default: this process's). */
  node?: string;
}

export interface HookInstallResult {
  path: string;
  action: 'installed' | 'updated' | 'chained' | 'replaced';
  /** The foreign hook kept aside (chain: run first; replace: backup). */
  kept?: string;
}

/** The hooks folder for the repository at `cwd` (absolute). */
export async function hooksDir(cwd: string): Promise<string> {
  const out = (await inRepository(cwd, ['rev-parse', '--git-path', 'hooks'])).stdout.toString('utf8').trim();
  return resolve(cwd, out);
}

/** The launcher of this package: <package>/bin/pii-guard.js (works from dist/src/git and dist/bundle). */
export function defaultBin(): string {
  const here = fileURLToPath(import.meta.url);
  // dist/bundle/*.js and src/git/*.ts are two levels below the package; dist/src/git/*.js three.
  const up = here.includes('/dist/src/') ? '../../../bin/pii-guard.js' : '../../bin/pii-guard.js';
  return fileURLToPath(new URL(up, import.meta.url));
}

const sq = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The hook script. It fails closed: a missing launcher or node blocks the commit with a message. */
export function hookScript(bin: string, node: string, chain: boolean): string {
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} (installed by "pii-guard hook install"; remove with "pii-guard hook uninstall")`,
    '# Blocks commits whose staged changes add personal data. Skip it once: git commit --no-verify',
    ...(chain
      ? ['hook_dir=$(dirname "$0")', `if [ -x "$hook_dir/${CHAINED_HOOK}" ]; then`, `  "$hook_dir/${CHAINED_HOOK}" "$@" || exit $?`, 'fi']
      : []),
    `PII_GUARD_BIN=${sq(bin)}`,
    'if [ ! -f "$PII_GUARD_BIN" ]; then',
    '  echo "pii-guard: $PII_GUARD_BIN is missing, so the commit is blocked. Reinstall pii-guard and run \\"pii-guard hook install\\", or skip once: git commit --no-verify" >&2',
    '  exit 2',
    'fi',
    'PII_GUARD_NODE=node',
    `command -v node >/dev/null 2>&1 || PII_GUARD_NODE=${sq(node)}`,
    'exec "$PII_GUARD_NODE" "$PII_GUARD_BIN" pre-commit',
    '',
  ].join('\n');
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

const exists = (p: string): Promise<boolean> => stat(p).then(() => true, () => false);

/** Writes the pre-commit hook. Throws GitError when a foreign hook is there and `existing` is refuse. */
export async function installHook(opts: HookInstallOptions): Promise<HookInstallResult> {
  const dir = await hooksDir(opts.cwd);
  if (/(^|\/)\.husky(\/_)?\/?$/.test(dir)) {
    throw new GitError(
      `core.hooksPath points to husky (${dir}). Add the line "npx pii-guard pre-commit" to .husky/pre-commit instead of installing a hook.`,
    );
  }
  const path = join(dir, 'pre-commit');
  const current = await readIfExists(path);
  const ours = current?.includes(HOOK_MARKER) ?? false;
  let action: HookInstallResult['action'] = current === undefined ? 'installed' : 'updated';
  let kept: string | undefined;
  let chain = ours && (current?.includes(CHAINED_HOOK) ?? false) && (await exists(join(dir, CHAINED_HOOK)));
  if (current !== undefined && !ours) {
    const mode = opts.existing ?? 'refuse';
    if (mode === 'refuse') {
      throw new GitError(
        `${path} already exists and is not pii-guard's. Run "pii-guard hook install --chain" to keep it and run it first, ` +
          `or "pii-guard hook install --replace" to set it aside (as ${REPLACED_HOOK}).`,
      );
    }
    kept = join(dir, mode === 'chain' ? CHAINED_HOOK : REPLACED_HOOK);
    if (await exists(kept)) throw new GitError(`${kept} already exists; move it away first`);
    await rename(path, kept);
    if (mode === 'chain') await chmod(kept, 0o755);
    chain = mode === 'chain';
    action = mode === 'chain' ? 'chained' : 'replaced';
  }
  await mkdir(dir, { recursive: true });
  await writeFile(path, hookScript(opts.bin ?? defaultBin(), opts.node ?? process.execPath, chain), { mode: 0o755 });
  await chmod(path, 0o755);
  const r: HookInstallResult = { path, action };
  if (kept) r.kept = kept;
  return r;
}

export interface HookUninstallResult {
  path: string;
  action: 'removed' | 'not-installed';
  /** A chained hook put back in place. */
  restored?: string;
}

/** Removes our hook (and puts a chained or replaced one back). Refuses to touch a hook that is not ours. */
export async function uninstallHook(opts: { cwd: string }): Promise<HookUninstallResult> {
  const dir = await hooksDir(opts.cwd);
  const path = join(dir, 'pre-commit');
  const current = await readIfExists(path);
  if (current === undefined) return { path, action: 'not-installed' };
  if (!current.includes(HOOK_MARKER)) throw new GitError(`${path} is not pii-guard's hook; leaving it alone`);
  await rm(path);
  // Back to the state before install: a chained hook, or else a replaced one, returns to its place.
  for (const kept of [CHAINED_HOOK, REPLACED_HOOK]) {
    if (await exists(join(dir, kept))) {
      await rename(join(dir, kept), path);
      return { path, action: 'removed', restored: path };
    }
  }
  return { path, action: 'removed' };
}
