// Bundles the compiled CLI and worker (dist/src) into dist/bundle, for a fast start:
// - dist/bundle/cli.js and dist/bundle/worker.js each hold all of pii-guard's own code in one file, so
//   a scan loads one module, not twenty (Node resolves and links each ESM file separately);
// - the libraries loaded only when a format needs them stay out of it: the ES-module ones are
//   bundled one file each into dist/bundle/vendor/, the CommonJS ones load from node_modules.
// Run by `npm run build` after tsc.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const OUT = 'dist/bundle';
/** Loaded on demand (config file, PDF, Parquet, HTML/XML/OOXML) and ES modules: one vendor file each. */
const VENDOR_ESM = ['zod', 'pdf-parse', 'hyparquet', 'htmlparser2'];
/** Loaded on demand and CommonJS: imported from node_modules as they are (fast-glob: glob inputs only;
 * picomatch: ignorePaths only). */
const EXTERNAL = ['piscina', 'avsc', 'tar-stream', 'yauzl', 'fast-glob', 'picomatch'];

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  logLevel: 'warning',
  // CommonJS code inside an ES module bundle still calls require().
  banner: { js: "import { createRequire as __piiGuardRequire } from 'node:module'; const require = __piiGuardRequire(import.meta.url);" },
};

const vendorPlugin = {
  name: 'pii-guard-vendor',
  setup(b) {
    const names = new RegExp(`^(?:${VENDOR_ESM.map((n) => n.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter: names }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
  },
};

rmSync(OUT, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['dist/src/cli.js', 'dist/src/worker.js'], outdir: OUT, external: EXTERNAL, plugins: [vendorPlugin] }),
  ...VENDOR_ESM.map((name) =>
    build({ ...common, stdin: { contents: `export * from '${name}';`, resolveDir: '.', loader: 'js' }, outfile: `${OUT}/vendor/${name}.js`, external: EXTERNAL }),
  ),
]);
