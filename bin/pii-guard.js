#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/src/cli.js (built by `npm ci` / `npm run build`).
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
