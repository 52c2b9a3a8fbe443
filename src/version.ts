import { readPackageFile } from './package-files.js';

/** The package version, read once from package.json. */
export const VERSION: string = (() => {
  try {
    return (JSON.parse(readPackageFile('package.json')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();
