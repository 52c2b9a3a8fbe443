import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import type { FileResult, Finding } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-guard-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(join(dir, 'data'));
  // A big first file (read in chunks) finishes after the small ones behind it.
  const filler = 'lorem ipsum dolor sit amet consectetur adipiscing elit\n'.repeat(40_000);
  writeFileSync(join(dir, 'data/a-big.log'), `owner: first@example.com\n${filler}last: last@example.com\n`);
  for (let i = 0; i < 8; i++) writeFileSync(join(dir, `data/b${i}.txt`), `contact: user${i}@example.com\nssn: 536-22-87${10 + i}\n`);
  writeFileSync(join(dir, 'data/c.bin'), Buffer.from([0, 1, 2, 0, 0, 3]));
});

describe('scan: findings handed on in input order, not kept', () => {
  it('calls onOrderedFile in the order of ScanResult.files with the findings a normal scan returns, and keeps none', async () => {
    const paths = ['data', 'missing.txt'];
    const kept = await scan({ paths, cwd: dir, concurrency: 1 });
    const completion: string[] = [];
    const seen: Array<{ result: FileResult; findings: Finding[] }> = [];
    const streamed = await scan({
      paths,
      cwd: dir,
      concurrency: 1,
      keepFindings: false,
      onFile: (r) => completion.push(r.file),
      onOrderedFile: (result, findings) => seen.push({ result, findings }),
    });
    expect(streamed.findings).toEqual([]);
    expect(streamed.summary.findings).toBe(kept.summary.findings);
    expect(streamed.files).toEqual(kept.files);
    expect(seen.map((s) => s.result)).toEqual(kept.files);
    expect(seen.flatMap((s) => s.findings)).toEqual(kept.findings);
    expect(kept.findings.length).toBe(2 + 8 * 2);
    // the order was restored: the big first file was not the first to finish
    expect(completion[0]).not.toBe('data/a-big.log');
    expect(seen[0]!.result.file).toBe('data/a-big.log');
    expect(seen.at(-1)!.result).toMatchObject({ file: 'missing.txt', status: { reason: 'FILE_NOT_FOUND' } });
  });
});
