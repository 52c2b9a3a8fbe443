/**
 * node:crypto, loaded on first use: most scans of a few files (a clean pre-commit run) never hash
 * anything, and loading the module costs ~4 ms of a ~100 ms start.
 */
import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
