/** Local files: explicit paths, folders (walked, honouring .gitignore) and globs. */
import { existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface FileSourceOptions {
  cwd: string;
  ignorePaths: readonly string[];
  gitignore: boolean;
}

export interface ExpandedInputs {
  /** Paths as they will be reported (relative to cwd when given relative). */
  files: string[];
  /** Inputs that named nothing. */
  missing: string[];
  /** Folders that could not be listed (reported as they would be, with the error): not scanned. */
  unreadable: Array<{ path: string; error: NodeJS.ErrnoException }>;
}

const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

/** One .gitignore: its folder (absolute) and its rules. */
interface Rules {
  base: string;
  ig: Ignore;
}

function readRules(file: string): Rules | undefined {
  try {
    return { base: dirname(file), ig: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined; // unreadable .gitignore: nothing to honour
  }
}

/** The .gitignore files of the folders above `dir`, up to the repository root (the folder holding `.git`). */
function ancestorRules(dir: string): Rules[] {
  const rules: Rules[] = [];
  for (let d = dir; !existsSync(join(d, '.git')) && dirname(d) !== d; ) {
    d = dirname(d);
    const r = existsSync(join(d, '.gitignore')) ? readRules(join(d, '.gitignore')) : undefined;
    if (r) rules.push(r);
  }
  return rules;
}

/** Is `abs` (a file, or a folder when `isDir`) ignored by any of `rules` whose folder holds it? */
function ignoredBy(rules: readonly Rules[], abs: string, isDir: boolean): boolean {
  for (const { base, ig } of rules) {
    const rel = relative(base, abs);
    if (rel === '' || rel.startsWith('..')) continue;
    if (ig.ignores(isDir ? `${toPosix(rel)}/` : toPosix(rel))) return true;
  }
  return false;
}

/**
 * Walks `root` in one pass: dot files included, symbolic links not followed (nor reported), `.git`
 * folders and files skipped. With `gitignore`, each folder's .gitignore applies to its subtree, and so
 * do the ones above `root` up to the repository root unless they exclude `root` itself; ignored folders
 * are not entered. `skip` tests a path relative to `root` (the user's ignorePaths). Returns sorted
 * paths relative to `root`, '/'-separated; a folder that cannot be listed goes to `unreadable` and the
 * walk goes on.
 */
function walk(
  root: string,
  gitignore: boolean,
  skip: ((rel: string) => boolean) | undefined,
  unreadable: (rel: string, error: NodeJS.ErrnoException) => void,
): string[] {
  const out: string[] = [];
  const visit = (abs: string, rel: string, rules: readonly Rules[]): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      // Gone since its parent was listed: nothing to scan. Anything else (permission denied): reported.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') unreadable(rel, err as NodeJS.ErrnoException);
      return;
    }
    let here = rules;
    if (gitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      const r = readRules(join(abs, '.gitignore'));
      if (r) here = [...rules, r];
    }
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const childAbs = join(abs, e.name);
      if (e.name === '.git') continue; // the repository's folder, or a worktree's or submodule's pointer file
      if (e.isDirectory()) {
        if (skip?.(childRel)) continue;
        if (gitignore && ignoredBy(here, childAbs, true)) continue;
        visit(childAbs, childRel, here);
      } else if (e.isFile()) {
        if (skip?.(childRel)) continue;
        if (gitignore && ignoredBy(here, childAbs, false)) continue;
        out.push(childRel);
      }
    }
  };
  // A folder named on the command line is scanned even when a .gitignore above it excludes it (as
  // ripgrep does): the rules above it then do not apply, its own and its subfolders' still do.
  const above = gitignore ? ancestorRules(root) : [];
  visit(root, '', ignoredBy(above, root, true) ? [] : above);
  return out.sort();
}

/** The user's ignorePaths as a test of a relative path (globs, matched as fast-glob matches them). */
async function ignoreTest(globs: readonly string[]): Promise<((rel: string) => boolean) | undefined> {
  if (!globs.length) return undefined;
  const { default: picomatch } = await import('picomatch'); // only when there is something to ignore
  const m = picomatch([...globs], { dot: true });
  return (rel) => m(rel) || m(`${rel}/`);
}

/** Expands paths, folders and globs into a sorted, de-duplicated list of files. */
export async function expandInputs(inputs: readonly string[], opts: FileSourceOptions): Promise<ExpandedInputs> {
  const files = new Set<string>();
  const missing: string[] = [];
  const unreadable: ExpandedInputs['unreadable'] = [];
  const skip = await ignoreTest(opts.ignorePaths);
  for (const input of inputs) {
    const abs = resolve(opts.cwd, input);
    const st = await stat(abs).catch(() => undefined);
    if (st && !st.isDirectory()) {
      // Named explicitly: a file, or a device, pipe or socket that the scan reports as no regular file.
      files.add(input);
    } else if (st?.isDirectory()) {
      const named = (rel: string): string => (rel ? toPosix(join(input, rel)) : input);
      for (const rel of walk(abs, opts.gitignore, skip, (rel, error) => unreadable.push({ path: named(rel), error }))) files.add(named(rel));
    } else {
      const { default: fg } = await import('fast-glob'); // globs only: a folder is walked without it
      if (!fg.isDynamicPattern(input)) {
        missing.push(input);
        continue;
      }
      const userIgnore = ignore().add([...opts.ignorePaths]);
      const found = await fg(input, { cwd: opts.cwd, dot: true, onlyFiles: true, ignore: ['**/.git/**', ...opts.ignorePaths] });
      for (const f of found.sort()) if (!userIgnore.ignores(toPosix(relative(opts.cwd, resolve(opts.cwd, f))))) files.add(f);
    }
  }
  return { files: [...files], missing, unreadable };
}
