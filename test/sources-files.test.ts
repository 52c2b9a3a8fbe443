// The folder walk behind `pii-guard scan DIR`: one pass, .gitignore per folder, ignored folders not entered.
// Checked against explicit expectations and against the two-pass fast-glob + ignore walk it replaced.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import ignore from 'ignore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../src/sources/files.js';

const top = mkdtempSync(join(tmpdir(), 'pii-guard-walk-'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

const TREE: Record<string, string> = {
  'repo/.git/config': '[core]\n',
  'repo/.gitignore': 'dist/\n*.log\n!keep.log\nnode_modules\n',
  'repo/app/.gitignore': 'secret.txt\ncache/\n/local.txt\n',
  'repo/app/secret.txt': 'x',
  'repo/app/local.txt': 'x',
  'repo/app/deep/local.txt': 'x',
  'repo/app/cache/a.txt': 'x',
  'repo/app/main.ts': 'x',
  'repo/app/.env': 'x',
  'repo/app/run.log': 'x',
  'repo/app/keep.log': 'x',
  'repo/dist/out.js': 'x',
  'repo/node_modules/pkg/index.js': 'x',
  'repo/fixtures/a.csv': 'x',
  'repo/fixtures/sub/b.csv': 'x',
  'repo/snap/x.snap': 'x',
  'repo/sub/.git': 'gitdir: elsewhere\n',
  'repo/sub/z.txt': 'x',
};

beforeAll(() => {
  for (const [p, text] of Object.entries(TREE)) {
    mkdirSync(dirname(join(top, p)), { recursive: true });
    writeFileSync(join(top, p), text);
  }
  symlinkSync(join(top, 'repo/app/main.ts'), join(top, 'repo/app/link.ts'));
  symlinkSync(join(top, 'repo/fixtures'), join(top, 'repo/linked-dir'));
});

/** The walk this replaced: fast-glob over everything, then every .gitignore's rules on each file. */
async function reference(dir: string, gitignore: boolean, ignorePaths: string[]): Promise<string[]> {
  const abs = join(top, dir);
  const rules: Array<{ base: string; ig: ReturnType<typeof ignore> }> = [];
  if (gitignore) {
    const found = await fg('**/.gitignore', { cwd: abs, dot: true, absolute: true, ignore: ['**/.git/**', '**/node_modules/**'] });
    for (let d = dirname(abs); d.startsWith(top); d = dirname(d)) found.push(...(await fg('.gitignore', { cwd: d, dot: true, absolute: true })));
    for (const f of found) rules.push({ base: dirname(f), ig: ignore().add(readFileSync(f, 'utf8')) });
  }
  const all = await fg('**/*', { cwd: abs, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/.git/**', ...ignorePaths] });
  const ignored = (f: string): boolean =>
    rules.some(({ base, ig }) => {
      const rel = relative(base, join(abs, f));
      return !rel.startsWith('..') && ig.ignores(rel);
    });
  return all.filter((f) => !ignored(f)).sort().map((f) => `${dir}/${f}`);
}

const expand = async (dir: string, gitignore: boolean, ignorePaths: string[] = []): Promise<string[]> =>
  (await expandInputs([dir], { cwd: top, gitignore, ignorePaths })).files;

describe('folder walk', () => {
  it('honours each folder’s .gitignore (negation, anchored patterns, folders), skips .git folders, .git files and symbolic links', async () => {
    expect(await expand('repo', true)).toEqual([
      'repo/.gitignore',
      'repo/app/.env',
      'repo/app/.gitignore',
      'repo/app/deep/local.txt',
      'repo/app/keep.log',
      'repo/app/main.ts',
      'repo/fixtures/a.csv',
      'repo/fixtures/sub/b.csv',
      'repo/snap/x.snap',
      'repo/sub/z.txt',
    ]);
  });

  it('applies the .gitignore files above the scanned folder, up to the repository root', async () => {
    expect(await expand('repo/app', true)).toEqual(['repo/app/.env', 'repo/app/.gitignore', 'repo/app/deep/local.txt', 'repo/app/keep.log', 'repo/app/main.ts']);
  });

  it('scans a folder it is given even when a .gitignore above excludes it; the folder’s own rules still apply', async () => {
    mkdirSync(join(top, 'repo/dist/cache'), { recursive: true });
    writeFileSync(join(top, 'repo/dist/.gitignore'), 'cache/\n');
    writeFileSync(join(top, 'repo/dist/cache/c.js'), 'x');
    try {
      expect(await expand('repo/dist', true)).toEqual(['repo/dist/.gitignore', 'repo/dist/out.js']);
      expect(await expand('repo', true)).not.toContain('repo/dist/out.js');
    } finally {
      rmSync(join(top, 'repo/dist/.gitignore'));
      rmSync(join(top, 'repo/dist/cache'), { recursive: true });
    }
  });

  it('reports the same files as the fast-glob walk it replaced, with and without .gitignore and ignorePaths', async () => {
    for (const dir of ['repo', 'repo/app', 'repo/fixtures']) // none excluded by a .gitignore above it
      for (const gitignore of [true, false])
        for (const ignorePaths of [[], ['fixtures/**', '**/*.snap'], ['sub', '*.ts', 'app/deep/**']]) {
          expect({ dir, gitignore, ignorePaths, files: await expand(dir, gitignore, ignorePaths) }).toEqual({
            dir,
            gitignore,
            ignorePaths,
            files: await reference(dir, gitignore, ignorePaths),
          });
        }
  });

  it('takes ignorePaths as globs relative to the scanned folder', async () => {
    const files = await expand('repo', false, ['fixtures/**', '**/*.snap']);
    expect(files).toContain('repo/dist/out.js');
    expect(files.filter((f) => f.includes('fixtures') || f.endsWith('.snap'))).toEqual([]);
  });

  it('still expands globs and reports inputs that name nothing', async () => {
    const r = await expandInputs(['repo/fixtures/**/*.csv', 'repo/nothing-here'], { cwd: top, gitignore: true, ignorePaths: [] });
    expect(r.files).toEqual(['repo/fixtures/a.csv', 'repo/fixtures/sub/b.csv']);
    expect(r.missing).toEqual(['repo/nothing-here']);
  });

  it('reports a folder it may not list as PERMISSION_DENIED and scans the rest (exit 2 when nothing else is found)', () => {
    // Root may list any folder: then the CLI runs as "nobody", as a user without that right would.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const tree = mkdtempSync(join(tmpdir(), 'pii-guard-locked-'));
    try {
      mkdirSync(join(tree, 'open'));
      mkdirSync(join(tree, 'locked'));
      writeFileSync(join(tree, 'open/a.txt'), 'nothing here\n');
      writeFileSync(join(tree, 'locked/b.txt'), 'ssn: 536-22-8726\n');
      chmodSync(join(tree, 'locked'), 0o000);
      chmodSync(tree, 0o755);
      const bin = fileURLToPath(new URL('../bin/pii-guard.js', import.meta.url));
      const r = spawnSync(process.execPath, [bin, 'scan', '.', '--format', 'json'], { cwd: tree, encoding: 'utf8', ...asUser });
      expect(r.stderr).toBe('');
      const doc = JSON.parse(r.stdout) as { files: Array<{ file: string; status: string; reason: string | null }> };
      expect(doc.files.map((f) => [f.file, f.status, f.reason])).toEqual([
        ['open/a.txt', 'COMPLETE', null],
        ['locked', 'SKIPPED', 'PERMISSION_DENIED'],
      ]);
      expect(r.status).toBe(2);
    } finally {
      chmodSync(join(tree, 'locked'), 0o755);
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
