import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/cli.js';

interface Expected {
  file: string;
  type: string;
  line: number;
  col: number;
}

/** End to end: the README's first command over samples/ reports exactly samples/expected.json. */
describe('samples', () => {
  it('pii-guard scan samples reports the expected findings, masked, and exits 1', async () => {
    let out = '';
    const io: CliIO = { stdout: (s) => void (out += s), stderr: () => {}, stdoutTTY: false, stderrTTY: false, cwd: new URL('..', import.meta.url).pathname };
    const code = await main(['scan', 'samples', '--format', 'json'], io);
    expect(code).toBe(1);
    const doc = JSON.parse(out) as { findings: Array<Expected & { masked: string; text?: string }>; files: Array<{ status: string }> };
    const expected = JSON.parse(readFileSync(new URL('../samples/expected.json', import.meta.url), 'utf8')) as Expected[];
    expect(doc.findings.map(({ file, type, line, col }) => ({ file, type, line, col }))).toEqual(expected);
    expect(doc.findings.every((f) => f.text === undefined && f.masked.includes('*'))).toBe(true);
    expect(doc.files.every((f) => f.status === 'COMPLETE')).toBe(true);
    // the published test values and decoys in the samples are never reported
    for (const decoy of ['4111 1111 1111 1111', '4539148803436468', '912-44-1234', 'wJalrXUtnFEMI']) expect(out).not.toContain(decoy);
  });
});
