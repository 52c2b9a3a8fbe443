/** `pii-guard baseline create|update|prune`: the baseline from every file in the index. */
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BASELINE_ATTRIBUTES,
  BASELINE_FILE,
  BaselineError,
  loadBaseline,
  newBaseline,
  saveBaseline,
  updateBaseline,
  type BaselineEntry,
} from '../baseline.js';
import type { Config } from '../config.js';
import { scanGit } from './scan-git.js';
import { topLevel } from './run.js';

export type BaselineAction = 'create' | 'update' | 'prune';

export interface BaselineCommandOptions {
  cwd: string;
  config?: Config;
  /** create: overwrite an existing baseline (with a new salt). */
  force?: boolean;
  /** New entries apply to their file only (default) or to any path. */
  scoped?: boolean;
  /** create: add `merge=union` for the baseline to .gitattributes (default true). */
  gitattributes?: boolean;
}

export interface BaselineCommandResult {
  path: string;
  /** Entries in the file after the command. */
  total: number;
  added: BaselineEntry[];
  /** Entries no value in the index matches any more (removed by prune, reported by update). */
  stale: BaselineEntry[];
  removed: number;
  /** .gitattributes was changed. */
  attributes: boolean;
}

async function ensureAttributes(root: string): Promise<boolean> {
  const path = join(root, '.gitattributes');
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (text.split('\n').some((l) => l.trim() === BASELINE_ATTRIBUTES)) return false;
  await appendFile(path, `${text && !text.endsWith('\n') ? '\n' : ''}# pii-guard: entries added on two branches merge without conflicts\n${BASELINE_ATTRIBUTES}\n`);
  return true;
}

/** Creates, updates or prunes the baseline of the repository that contains `cwd`. */
export async function baselineCommand(action: BaselineAction, opts: BaselineCommandOptions): Promise<BaselineCommandResult> {
  const root = await topLevel(opts.cwd);
  const path = join(root, BASELINE_FILE);
  const existing = await loadBaseline(root);
  if (action === 'create' && existing && !opts.force) {
    throw new BaselineError(`${path} exists; use "pii-guard baseline update" to add to it (or "create --force" to start again with a new salt)`);
  }
  if (action !== 'create' && !existing) throw new BaselineError(`${path} does not exist; run "pii-guard baseline create" first`);
  const base = action === 'create' ? newBaseline() : existing!;
  const scan = await scanGit({ kind: 'index' }, { cwd: root, ...(opts.config ? { config: opts.config } : {}), baseline: null, keySalt: base.salt });
  const unreadable = scan.result.files.filter((f) => f.status.reason === 'READ_ERROR');
  if (unreadable.length) throw new BaselineError(`cannot read ${unreadable.map((f) => f.file).join(', ')} from the index`);
  const change = updateBaseline(base, scan.keyed, { scoped: opts.scoped ?? true, add: action !== 'prune', prune: action === 'prune' });
  await saveBaseline(root, change.baseline);
  const attributes = action === 'create' && (opts.gitattributes ?? true) ? await ensureAttributes(root) : false;
  return {
    path,
    total: change.baseline.entries.length,
    added: change.added,
    stale: change.stale,
    removed: action === 'prune' ? change.stale.length : 0,
    attributes,
  };
}
