import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectorTable } from '../src/cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('has the detector table generated from the registry (npm run readme)', () => {
    const table = readme.split('<!-- detectors:start -->\n')[1]?.split('<!-- detectors:end -->')[0];
    expect(table).toBe(detectorTable('markdown'));
  });
  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm ci && npx pii-guard scan samples');
    expect(readme).toContain('npm test');
  });
});
