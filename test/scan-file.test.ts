import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config.js';
import { detectionSettings, engineFor } from '../src/registry.js';
import { CHUNK, finishFile, scanFile, scanRange, sniff, type FileScanOptions } from '../src/scan-file.js';
import type { Detector } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-guard-scan-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const engine = engineFor(detectionSettings(defaultConfig()));
const byId = new Map<string, Detector>(engine.detectors.map((d) => [d.id, d]));
const opts: FileScanOptions = { maxFindingsPerType: 1000, maxFileBytes: 20 * 1024 ** 3, showValues: true };
const write = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const EMAIL = 'jane.doe@example.com';
const CARD = '4539 1488 0343 6467';

describe('chunked scanning', () => {
  it.each([-30, -19, -10, -1, 0, 1, 7])('finds a value that starts %i bytes from the chunk boundary exactly once', async (delta) => {
    // Lines of filler, then the value placed so that it straddles the 1 MiB boundary.
    const at = CHUNK + delta;
    const filler = 'lorem ipsum dolor sit amet\n'.repeat(Math.ceil(at / 27) + 10);
    const head = filler.slice(0, at - 7) + ' card: ';
    const text = head + CARD + ' end\n' + filler.slice(0, 5000);
    const p = write(`boundary${delta}.txt`, text);
    const { findings, result } = await scanFile(p, engine, byId, opts);
    expect(result.status.code).toBe('COMPLETE');
    const cards = findings.filter((f) => f.type === 'CREDIT_CARD_NUMBER');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.byteStart).toBe(at);
    expect(cards[0]!.text).toBe(CARD);
    const line = head.split('\n').length;
    expect(cards[0]!.line).toBe(line);
    expect(cards[0]!.col).toBe(head.length - head.lastIndexOf('\n'));
  });

  it('gives the same findings when a file is split into byte ranges', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 40000; i++) lines.push(i % 997 === 0 ? `row ${i} contact ${i}.${EMAIL} ok` : `row ${i} nothing here at all`);
    // one very long line across range boundaries, with a value in it
    lines.push('x'.repeat(300000) + ` mail ${EMAIL} ` + 'y'.repeat(300000));
    lines.push('tail ünïcödé ' + EMAIL);
    const p = write('ranges.txt', lines.join('\n'));
    const s = await sniff(p, opts);
    const whole = finishFile(p, s, [await scanRange(p, 0, s.size, engine, 1000)], byId, opts);
    const parts = [];
    const step = 250_000;
    for (let start = 0; start < s.size; start += step) parts.push(await scanRange(p, start, Math.min(s.size, start + step), engine, 1000));
    const split = finishFile(p, s, parts, byId, opts);
    expect(split.findings.length).toBeGreaterThan(40);
    expect(split.findings).toEqual(whole.findings);
    const last = split.findings.at(-1)!;
    expect(last.line).toBe(lines.length);
    expect(last.col).toBe('tail ünïcödé '.length + 1); // characters, not bytes
    expect(last.byteStart).toBe(Buffer.byteLength(lines.slice(0, -1).join('\n') + '\ntail ünïcödé '));
  });

  it('counts every occurrence but lists at most maxFindingsPerType per type', async () => {
    const p = write('many.txt', Array.from({ length: 50 }, (_, i) => `u${i}@example.com`).join('\n'));
    const { findings, result } = await scanFile(p, engine, byId, { ...opts, maxFindingsPerType: 10 });
    expect(findings).toHaveLength(10);
    expect(result.counts.EMAIL_ADDRESS).toBe(50);
    expect(result.truncated).toBe(true);
    // Macie's severity table counts all occurrences: 2–99 emails are medium.
    expect(findings[0]!.severity).toBe('medium');
  });
});

describe('bad input gets a status and the scan goes on', () => {
  it('binary content (NUL bytes) is SKIPPED as an unsupported file type', async () => {
    const p = write('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, ...Buffer.from(EMAIL)]));
    const { result, findings } = await scanFile(p, engine, byId, opts);
    expect(result.status).toMatchObject({ code: 'SKIPPED', reason: 'UNSUPPORTED_FILE_TYPE_EXCEPTION' });
    expect(findings).toEqual([]);
  });

  it('a named pipe is SKIPPED as no regular file, without waiting for a writer', async () => {
    const p = join(dir, 'pipe');
    execFileSync('mkfifo', [p]);
    const { result } = await scanFile(p, engine, byId, opts);
    expect(result.status).toMatchObject({ code: 'SKIPPED', reason: 'READ_ERROR', message: 'not a regular file (a named pipe)' });
  });

  it('a missing file is SKIPPED with FILE_NOT_FOUND', async () => {
    const { result } = await scanFile(join(dir, 'nope.txt'), engine, byId, opts);
    expect(result.status).toMatchObject({ code: 'SKIPPED', reason: 'FILE_NOT_FOUND' });
  });

  it('an unreadable file is SKIPPED with PERMISSION_DENIED', async () => {
    const p = write('secret.txt', EMAIL);
    chmodSync(p, 0o000);
    if (process.getuid?.() !== 0) {
      const { result } = await scanFile(p, engine, byId, opts);
      expect(result.status).toMatchObject({ code: 'SKIPPED', reason: 'PERMISSION_DENIED' });
      return;
    }
    // root reads anything: check as an unprivileged user, through the built library.
    chmodSync(dir, 0o755);
    const lib = new URL('../dist/src/', import.meta.url).href;
    const script = `const { scanFile } = await import('${lib}scan-file.js');
      const { engineFor, detectionSettings } = await import('${lib}registry.js');
      const { defaultConfig } = await import('${lib}config.js');
      const e = engineFor(detectionSettings(defaultConfig()));
      const r = await scanFile(${JSON.stringify(p)}, e, new Map(e.detectors.map((d) => [d.id, d])), ${JSON.stringify(opts)});
      process.stdout.write(JSON.stringify(r.result.status));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { uid: 65534, gid: 65534, encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ code: 'SKIPPED', reason: 'PERMISSION_DENIED' });
  });

  it('a file over maxFileBytes is SKIPPED with FILE_EXCEEDS_SIZE_LIMIT', async () => {
    const p = write('big.txt', 'a'.repeat(2000) + EMAIL);
    const { result } = await scanFile(p, engine, byId, { ...opts, maxFileBytes: 1000 });
    expect(result.status).toMatchObject({ code: 'SKIPPED', reason: 'FILE_EXCEEDS_SIZE_LIMIT' });
  });

  it('invalid UTF-8 is scanned byte by byte and reported as latin1', async () => {
    const p = write('latin1.txt', Buffer.concat([Buffer.from('caf\xe9 na\xefve\n', 'latin1'), Buffer.from(`mail ${EMAIL}\n`)]));
    const { result, findings } = await scanFile(p, engine, byId, opts);
    expect(result.status.code).toBe('COMPLETE');
    expect(result.encoding).toBe('latin1');
    expect(findings.map((f) => [f.text, f.line, f.col, f.byteStart])).toEqual([[EMAIL, 2, 6, 16]]);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('%s with a BOM is decoded and located in the original bytes', async (enc) => {
    const text = `first line\nmail: ${EMAIL}\n`;
    const le = Buffer.from(text, 'utf16le');
    const body = enc === 'utf-16le' ? le : Buffer.from(le).swap16();
    const bom = enc === 'utf-16le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
    const p = write(`${enc}.txt`, Buffer.concat([bom, body]));
    const { result, findings } = await scanFile(p, engine, byId, opts);
    expect(result).toMatchObject({ status: { code: 'COMPLETE' }, encoding: enc });
    const idx = text.indexOf(EMAIL);
    expect(findings.map((f) => [f.text, f.line, f.col, f.byteStart, f.byteEnd])).toEqual([[EMAIL, 2, 7, 2 + 2 * idx, 2 + 2 * (idx + EMAIL.length)]]);
  });

  it('a UTF-8 BOM does not shift columns', async () => {
    const p = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${EMAIL}\n`)]));
    const { result, findings } = await scanFile(p, engine, byId, opts);
    expect(result.encoding).toBe('utf-8-bom');
    expect(findings.map((f) => [f.line, f.col, f.byteStart])).toEqual([[1, 1, 3]]);
  });

  it('a single 1 GiB line streams in bounded memory and its value is located', async () => {
    const p = join(dir, 'one-line.txt');
    const size = 1024 ** 3;
    const block = Buffer.alloc(1 << 20, 'x');
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(p, 'w');
    for (let written = 0; written < size; written += block.length) writeSync(fd, block);
    writeSync(fd, Buffer.from(` ${EMAIL}`));
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const { result, findings } = await scanFile(p, engine, byId, opts);
    const grew = process.memoryUsage().rss - before;
    rmSync(p);
    expect(result.status.code).toBe('COMPLETE');
    expect(findings.map((f) => [f.line, f.col, f.byteStart])).toEqual([[1, size + 2, size + 1]]);
    expect(grew).toBeLessThan(256 * 1024 * 1024);
  }, 120_000);
});

describe('findings are the same wherever the files are', () => {
  it('gives the same file names and fingerprints for the same tree in two places (SARIF alerts must not churn)', async () => {
    const { scan } = await import('../src/scan.js');
    const trees = ['one', 'two/deeper'].map((sub) => {
      const root = join(dir, 'checkout', sub);
      execFileSync('mkdir', ['-p', join(root, 'data')]);
      writeFileSync(join(root, 'data', 'people.txt'), `email ${EMAIL}\ncard ${CARD}\n`);
      writeFileSync(join(root, 'data', 'people.json'), JSON.stringify({ contact: { email: EMAIL } }));
      return root;
    });
    const seen = await Promise.all(
      trees.map(async (cwd) => (await scan({ cwd, paths: ['data'], config: defaultConfig(), concurrency: 1 })).findings.map((f) => [f.file, f.type, f.fingerprint])),
    );
    expect(seen[0]!.length).toBe(3);
    expect(seen[0]!.every(([file]) => file!.startsWith('data/'))).toBe(true);
    expect(seen[1]).toEqual(seen[0]);
  });
});
