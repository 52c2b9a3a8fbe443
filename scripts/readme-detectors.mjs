// Regenerates the detector table in README.md from the registry (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { detectorTable } from '../dist/src/cli.js';

const file = new URL('../README.md', import.meta.url);
const readme = readFileSync(file, 'utf8');
const start = '<!-- detectors:start -->\n';
const end = '<!-- detectors:end -->';
const a = readme.indexOf(start);
const b = readme.indexOf(end);
if (a < 0 || b < a) throw new Error('README.md lacks the detectors:start/end markers');
writeFileSync(file, readme.slice(0, a + start.length) + detectorTable('markdown') + readme.slice(b));
