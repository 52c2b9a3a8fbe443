/**
 * gzip, zip, tar, tar.gz and nesting, with archives made by real libraries (yazl, tar-stream, zlib):
 * `member` locations, limits (depth, files, bytes, compression ratio) and broken archives.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../src/config.js';
import { detectionSettings, engineFor } from '../src/registry.js';
import { scan } from '../src/scan.js';
import { scanFile } from '../src/scan-file.js';
import type { StructuredScanOptions } from '../src/scan-structured.js';
import type { Detector, Finding } from '../src/types.js';

const engine = engineFor(detectionSettings(defaultConfig()));
const byId = new Map<string, Detector>(engine.detectors.map((d) => [d.id, d]));
const opts: StructuredScanOptions = { maxFindingsPerType: 1000, maxFileBytes: 1 << 30, showValues: true };
const dir = mkdtempSync(join(tmpdir(), 'pii-guard-arc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CSV = 'id,ssn\n1,536228726\n';
const JSONL = '{"a":1}\n{"user":{"email":"jane.doe@example.com"}}\n';
const TXT = 'hello\nssn: 212-67-4032\n';

function zip(files: Record<string, string | Buffer>, compress = true): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) z.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, { compress });
  z.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => parts.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    z.outputStream.on('error', reject);
  });
}

function tarball(files: Record<string, string | Buffer>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files)) pack.entry({ name }, Buffer.isBuffer(content) ? content : Buffer.from(content));
  pack.finalize();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    pack.on('data', (c: Buffer) => parts.push(c));
    pack.on('end', () => resolve(Buffer.concat(parts)));
    pack.on('error', reject);
  });
}

function put(name: string, content: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
const scanOne = (p: string, o: StructuredScanOptions = opts) => scanFile(p, engine, byId, o);
const where = (f: Finding) => [f.type.replace('_(NO_KEYWORD)', ''), f.member, f.row ?? f.jsonPath ?? f.line];

describe('archives', () => {
  it('zip with CSV, JSONL, text, a nested zip and a tar.gz: member paths and inner locations', async () => {
    const inner = await zip({ 'deep/people.csv': CSV });
    const tgz = gzipSync(await tarball({ 'logs/app.log': TXT, 'data/x.jsonl': JSONL }));
    const outer = await zip({ 'people.csv': CSV, 'events.jsonl': JSONL, 'notes.txt': TXT, 'inner.zip': inner, 'bundle.tar.gz': tgz });
    const { result, findings } = await scanOne(put('export.dat', outer)); // a zip by content, whatever the name
    expect(result.status).toEqual({ code: 'COMPLETE', reason: null });
    expect(result.format).toBe('zip');
    expect(findings.map(where)).toEqual([
      ['USA_SOCIAL_SECURITY_NUMBER', 'people.csv', 2],
      ['EMAIL_ADDRESS', 'events.jsonl', '$.user.email'],
      ['USA_SOCIAL_SECURITY_NUMBER', 'notes.txt', 2],
      ['USA_SOCIAL_SECURITY_NUMBER', 'inner.zip!deep/people.csv', 2],
      ['USA_SOCIAL_SECURITY_NUMBER', 'bundle.tar.gz!logs/app.log', 2],
      ['EMAIL_ADDRESS', 'bundle.tar.gz!data/x.jsonl', '$.user.email'],
    ]);
    const csv = findings[0]!;
    expect([csv.column, csv.columnName, csv.line, csv.byteStart]).toEqual([2, 'ssn', 2, CSV.indexOf('536228726')]);
    const txt = findings[2]!;
    expect([txt.line, txt.col, txt.byteStart]).toEqual([2, 6, TXT.indexOf('212')]);
  });

  it('gzip: content read as what it is, no member name for a plain .gz', async () => {
    const { result, findings } = await scanOne(put('people.csv.gz', gzipSync(CSV)));
    expect(result.format).toBe('gzip');
    expect(findings.map((f) => [f.member, f.row, f.column, f.columnName])).toEqual([[undefined, 2, 2, 'ssn']]);
    const log = await scanOne(put('app.log.gz', gzipSync(TXT)));
    expect(log.findings.map((f) => [f.member, f.line, f.col])).toEqual([[undefined, 2, 6]]);
  });

  it('truncated and corrupt zip: a status and reason, no crash', async () => {
    const good = await zip({ 'a.csv': CSV + Array.from({ length: 300 }, (_, i) => `${i},${(i * 7919) % 100000}`).join('\n'), 'b.txt': TXT });
    const truncated = await scanOne(put('trunc.zip', good.subarray(0, good.length - 30)));
    expect(truncated.result.status.code).not.toBe('COMPLETE');
    expect(truncated.result.status.reason).toBe('MALFORMED_FILE');
    const corrupt = Buffer.from(good);
    corrupt.fill(0x55, 40, 80); // inside the first member's data
    const c = await scanOne(put('corrupt.zip', corrupt));
    expect(c.result.status.code).toBe('PARTIAL');
    expect(c.result.status.message).toMatch(/a\.csv/);
    // The intact member is still read.
    expect(c.findings.map((f) => f.member)).toContain('b.txt');
  });

  it('encrypted zip members: PARTIAL, or SKIPPED when nothing could be read', async () => {
    const good = await zip({ 'a.txt': TXT });
    const enc = Buffer.from(good);
    // Set the "encrypted" bit in the local and central headers, as an encrypting zip tool does.
    for (let i = 0; i < enc.length - 4; i++) {
      const sig = enc.readUInt32LE(i);
      if (sig === 0x04034b50) enc[i + 6]! |= 1;
      if (sig === 0x02014b50) enc[i + 8]! |= 1;
    }
    const r = await scanOne(put('enc.zip', enc));
    expect(r.result.status).toMatchObject({ code: 'SKIPPED', reason: 'ARCHIVE_CONTAINS_UNPROCESSED_FILES' });
    expect(r.result.status.message).toMatch(/encrypted/);
  });

  it('nested zip bomb: nesting beyond the limit is not extracted', async () => {
    let z = await zip({ 'core.txt': TXT });
    for (let i = 0; i < 12; i++) z = await zip({ [`level${i}.zip`]: z });
    const r = await scanOne(put('nested.zip', z));
    expect(r.result.status).toMatchObject({ code: 'SKIPPED', reason: 'ARCHIVE_NESTING_LEVEL_OVER_LIMIT' });
    // Within the limit, the core is found.
    const ok = await scanOne(put('nested-ok.zip', z), { ...opts, extraction: { archiveDepth: 20 } });
    expect(ok.findings.map((f) => f.member?.split('!').length)).toEqual([13]);
  });

  it('high-ratio members are refused: zip by its metadata, gzip while inflating', async () => {
    const zeros = Buffer.alloc(16 << 20, 'a'); // text, so only the ratio guard stops it
    const z = await zip({ 'bomb.txt': zeros, 'ok.txt': TXT });
    const r = await scanOne(put('ratio.zip', z));
    expect(r.result.status).toMatchObject({ code: 'PARTIAL', reason: 'ARCHIVE_EXCEEDS_SIZE_LIMIT' });
    expect(r.findings.map((f) => f.member)).toEqual(['ok.txt']);
    const g = await scanOne(put('bomb.log.gz', gzipSync(zeros)));
    expect(g.result.status.reason).toBe('ARCHIVE_EXCEEDS_SIZE_LIMIT');
    expect(g.result.status.code).not.toBe('COMPLETE');
  });

  it('a truncated gzip: PARTIAL MALFORMED_FILE, what came before the cut is scanned', async () => {
    const text = TXT + 'x'.repeat(300000) + '\n' + TXT;
    const gz = gzipSync(text);
    const r = await scanOne(put('cut.log.gz', gz.subarray(0, gz.length - 20)));
    expect(r.result.status).toMatchObject({ code: 'PARTIAL', reason: 'MALFORMED_FILE' });
    expect(r.findings.map((f) => f.line)).toContain(2);
  });

  it('an OOXML zip bomb is refused before inflating: OOXML_UNCOMPRESSED_RATIO_EXCEEDS_LIMIT', async () => {
    const sheet = '<worksheet><sheetData>' + ' '.repeat(32 << 20) + '</sheetData></worksheet>';
    const z = await zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>', 'xl/worksheets/sheet1.xml': sheet });
    const r = await scanOne(put('bomb.xlsx', z));
    expect(r.result.format).toBe('xlsx');
    expect(r.result.status).toMatchObject({ code: 'SKIPPED', reason: 'OOXML_UNCOMPRESSED_RATIO_EXCEEDS_LIMIT' });
  });

  it('total bytes and file count limits stop extraction: PARTIAL with what was read', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`f${i}.txt`] = TXT + 'x'.repeat(1000);
    const z = await zip(files);
    const bytes = await scanOne(put('many.zip', z), { ...opts, extraction: { archiveTotalBytes: 2500 } });
    expect(bytes.result.status).toMatchObject({ code: 'PARTIAL', reason: 'ARCHIVE_TOTAL_BYTES_EXTRACTED_OVER_LIMIT' });
    expect(bytes.findings.length).toBeGreaterThanOrEqual(1);
    expect(bytes.findings.length).toBeLessThan(5);
    const count = await scanOne(put('many2.zip', z), { ...opts, extraction: { archiveFiles: 3 } });
    expect(count.result.status).toMatchObject({ code: 'PARTIAL', reason: 'ARCHIVE_TOTAL_DOCUMENTS_PROCESSED_OVER_LIMIT' });
    expect(count.findings.length).toBe(3);
  });

  it('a tar with a binary member: PARTIAL ARCHIVE_CONTAINS_UNPROCESSED_FILES, the rest is read', async () => {
    const t = await tarball({ 'bin/x.bin': Buffer.from([0, 1, 2, 0, 3]), 'a.txt': TXT });
    const r = await scanOne(put('mixed.tar', t));
    expect(r.result.status).toMatchObject({ code: 'PARTIAL', reason: 'ARCHIVE_CONTAINS_UNPROCESSED_FILES' });
    expect(r.findings.map((f) => f.member)).toEqual(['a.txt']);
  });

  it('bad archives do not stop the scan: every file has a result', async () => {
    const sub = mkdtempSync(join(dir, 'mix-'));
    const good = await zip({ 'a.csv': CSV });
    writeFileSync(join(sub, 'trunc.zip'), good.subarray(0, 20));
    writeFileSync(join(sub, 'bomb.gz'), gzipSync(Buffer.alloc(8 << 20, 'a')));
    writeFileSync(join(sub, 'ok.csv'), CSV);
    writeFileSync(join(sub, 'deep.json'), '['.repeat(5000) + ']'.repeat(5000));
    const r = await scan({ paths: [sub], config: await parseConfig({}), concurrency: 1 });
    const status = Object.fromEntries(r.files.map((f) => [f.file.split('/').pop(), f.status.code]));
    expect(status).toEqual({ 'trunc.zip': 'SKIPPED', 'bomb.gz': 'PARTIAL', 'ok.csv': 'COMPLETE', 'deep.json': 'SKIPPED' });
    expect(r.findings.filter((f) => f.file.endsWith('ok.csv'))).toHaveLength(1);
    expect(readFileSync(join(sub, 'ok.csv'), 'utf8')).toBe(CSV);
  });
});
