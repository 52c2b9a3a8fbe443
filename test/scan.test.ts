import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
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

describe('scan: standard input ("-" among the paths)', () => {
  const stdin = (...parts: Array<string | Buffer>): Readable => Readable.from(parts.map((p) => Buffer.from(p)));

  it('scans it as text, first in the results, with lines and columns', async () => {
    const r = await scan({ paths: ['-', 'data/b0.txt'], cwd: dir, concurrency: 1, stdin: stdin('hello\nssn: 536-', '22-8726 and jane.roe@example.org\n') });
    expect(r.files.map((f) => [f.file, f.status.code, f.bytes])).toEqual([
      ['-', 'COMPLETE', 48],
      ['data/b0.txt', 'COMPLETE', 44],
    ]);
    expect(r.findings.filter((f) => f.file === '-').map((f) => [f.type, f.line, f.col, f.byteStart])).toEqual([
      ['USA_SOCIAL_SECURITY_NUMBER', 2, 6, 11],
      ['EMAIL_ADDRESS', 2, 22, 27],
    ]);
  });

  it('takes the format from the content, or from --stdin-name', async () => {
    const gz = await scan({ paths: ['-'], cwd: dir, stdin: stdin(gzipSync('ssn: 536-22-8726\n')) });
    expect(gz.files[0]).toMatchObject({ file: '-', status: { code: 'COMPLETE' }, format: 'gzip' });
    expect(gz.findings.map((f) => f.type)).toEqual(['USA_SOCIAL_SECURITY_NUMBER']);
    const csv = await scan({ paths: ['-'], cwd: dir, stdinName: 'people.csv', stdin: stdin('name,ssn\nJane Roe,536-22-8726\n') });
    expect(csv.findings.find((f) => f.type === 'USA_SOCIAL_SECURITY_NUMBER')).toMatchObject({ file: 'people.csv', row: 2, columnName: 'ssn' });
  });

  it('skips binary content, and takes "-" as a path when no stdin is given', async () => {
    const bin = await scan({ paths: ['-'], cwd: dir, stdin: stdin(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 0])) });
    expect(bin.files).toEqual([{ file: '-', status: { code: 'SKIPPED', reason: 'UNSUPPORTED_FILE_TYPE_EXCEPTION', message: 'binary content' }, bytes: 8, counts: {} }]);
    const none = await scan({ paths: ['-'], cwd: dir });
    expect(none.files[0]).toMatchObject({ file: '-', status: { code: 'SKIPPED', reason: 'FILE_NOT_FOUND' } });
  });

  it('reports a failing stream as a read error and goes on', async () => {
    const failing = Readable.from(
      (async function* () {
        yield Buffer.from('ssn: 536-22-8726\n');
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      })(),
    );
    const r = await scan({ paths: ['-', 'data/b1.txt'], cwd: dir, concurrency: 1, stdin: failing });
    expect(r.files[0]).toMatchObject({ file: '-', status: { code: 'SKIPPED', reason: 'READ_ERROR', message: 'EIO: i/o error, read' } });
    expect(new Set(r.findings.map((f) => f.file))).toEqual(new Set(['data/b1.txt']));
    expect(r.files[1]).toMatchObject({ file: 'data/b1.txt', status: { code: 'COMPLETE' } });
  });
});
