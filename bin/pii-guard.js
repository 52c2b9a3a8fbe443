#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/src/cli.js (built by `npm ci` / `npm run build`).
import module from 'node:module';

// Node 22.1+ keeps the compiled bundle in its on-disk cache (os.tmpdir(), checked against the source),
// so a pre-commit hook does not compile the same code at every commit. NODE_DISABLE_COMPILE_CACHE=1
// turns it off; Node 20 has no such cache.
try {
  module.enableCompileCache?.();
} catch {
  // a read-only or full temporary directory: run without the cache
}
let main;
try {
  ({ main } = await import('../dist/bundle/cli.js'));
} catch (err) {
  process.stderr.write(`pii-guard: cannot load dist/bundle/cli.js (${err.message}). Run "npm ci" or "npm run build" first.\n`);
  process.exit(2);
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`pii-guard: internal error: ${err?.stack ?? err}\nPlease report this with the command you ran.\n`);
  process.exitCode = 2;
}
