/** Local files: explicit paths, folders (walked, honouring .gitignore) and globs. */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
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
}

const toPosix = (p: string): string => p.split(sep).join('/');

/** The .gitignore rules that apply inside `dir`: its own, its ancestors' up to the repository root, its descendants'. */
async function gitignoreFilter(dir: string): Promise<(absFile: string) => boolean> {
  const rules: Array<{ base: string; ig: Ignore }> = [];
  const add = async (file: string): Promise<void> => {
    try {
      rules.push({ base: dirname(file), ig: ignore().add(await readFile(file, 'utf8')) });
    } catch {
      /* unreadable .gitignore: nothing to honour */
    }
  };
  for (let d = dir; ; d = dirname(d)) {
    if (d !== dir && existsSync(join(d, '.gitignore'))) await add(join(d, '.gitignore'));
    if (existsSync(join(d, '.git')) || dirname(d) === d) break;
  }
  const nested = await fg('**/.gitignore', { cwd: dir, dot: true, absolute: true, ignore: ['**/.git/**', '**/node_modules/**'] });
  for (const f of nested) await add(f);
  return (absFile) =>
    rules.some(({ base, ig }) => {
      const rel = relative(base, absFile);
      return !rel.startsWith('..') && rel !== '' && ig.ignores(toPosix(rel));
    });
}

/** Expands paths, folders and globs into a sorted, de-duplicated list of files. */
export async function expandInputs(inputs: readonly string[], opts: FileSourceOptions): Promise<ExpandedInputs> {
  const files = new Set<string>();
  const missing: string[] = [];
  const ignoreGlobs = ['**/.git/**', ...opts.ignorePaths];
  const userIgnore = ignore().add([...opts.ignorePaths]);
  for (const input of inputs) {
    const abs = resolve(opts.cwd, input);
    const st = await stat(abs).catch(() => undefined);
    if (st?.isFile()) {
      files.add(input);
    } else if (st?.isDirectory()) {
      const ignored = opts.gitignore ? await gitignoreFilter(abs) : () => false;
      const skipNodeModules = opts.gitignore && ignored(join(abs, 'node_modules', 'x'));
      const found = await fg('**/*', {
        cwd: abs,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: skipNodeModules ? [...ignoreGlobs, '**/node_modules/**'] : ignoreGlobs,
      });
      for (const rel of found.sort()) {
        if (!ignored(join(abs, rel))) files.add(toPosix(join(input, rel)));
      }
    } else if (fg.isDynamicPattern(input)) {
      const found = await fg(input, { cwd: opts.cwd, dot: true, onlyFiles: true, ignore: ignoreGlobs });
      for (const f of found.sort()) if (!userIgnore.ignores(toPosix(relative(opts.cwd, resolve(opts.cwd, f))))) files.add(f);
    } else {
      missing.push(input);
    }
  }
  return { files: [...files], missing };
}
