import { readFileSync } from 'node:fs';

let root: URL | undefined;

/**
 * The package's own folder, found by walking up from this module to the package.json named
 * pii-guard: the same answer from src/ (tests), dist/src/ and dist/bundle/.
 */
export function packageRoot(): URL {
  if (root) return root;
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string };
      if (pkg.name === 'pii-guard') return (root = dir);
    } catch {
      /* not here: go up */
    }
    if (dir.pathname === '/') throw new Error('pii-guard: cannot find its package.json above ' + import.meta.url);
  }
}

/** Reads a data file shipped with the package (path relative to the package root). */
export function readPackageFile(path: string): string {
  return readFileSync(new URL(path, packageRoot()), 'utf8');
}
