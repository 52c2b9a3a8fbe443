/**
 * The shipped CLI (bin → dist/bundle) on every format whose library is loaded on demand (vendor
 * bundles and CommonJS packages from node_modules), with a config file (zod) and through the worker
 * pool (dist/bundle/worker.js). The other tests import src/; this one checks what users run.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import avro from 'avsc';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import * as tar from 'tar-stream';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'pii-guard-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const BIN = fileURLToPath(new URL('../bin/pii-guard.js', import.meta.url));
/** The CLI as users run it: a new node process on bin/pii-guard.js. */
const runCli = (argv: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/formats/${name}`, import.meta.url));

const collect = (s: NodeJS.ReadableStream): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    s.on('data', (c: Buffer) => parts.push(c));
    s.on('end', () => resolve(Buffer.concat(parts)));
    s.on('error', reject);
  });

beforeAll(async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([600, 800]).drawText('Employee SSN 536-22-8726', { x: 50, y: 720, font, size: 12 });
  writeFileSync(join(dir, 'invoice.pdf'), await doc.save());
  writeFileSync(join(dir, 'people.parquet'), Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'ssn', data: ['536228726'], type: 'STRING' }] })));
  const type = avro.Type.forSchema({ type: 'record', name: 'P', fields: [{ name: 'email', type: 'string' }] });
  await new Promise((resolve, reject) => {
    const enc = avro.createFileEncoder(join(dir, 'people.avro'), type);
    enc.on('error', reject).on('finish', resolve);
    enc.end({ email: 'jane.doe@example.com' });
  });
  copyFileSync(fixture('people.xlsx'), join(dir, 'people.xlsx'));
  copyFileSync(fixture('report.docx'), join(dir, 'report.docx'));
  writeFileSync(join(dir, 'page.html'), '<html><body><p>Contact: jane.doe@example.com</p></body></html>');
  const pack = tar.pack();
  pack.entry({ name: 'logs/app.log' }, 'ssn: 212-67-4032\n');
  pack.finalize();
  writeFileSync(join(dir, 'logs.tar.gz'), gzipSync(await collect(pack)));
  const z = new yazl.ZipFile();
  z.addBuffer(Buffer.from('ssn: 212-67-4032\n'), 'notes.txt');
  z.end();
  writeFileSync(join(dir, 'notes.zip'), await collect(z.outputStream));
  writeFileSync(join(dir, 'pii-guard.config.json'), JSON.stringify({ ignorePaths: ['pii-guard.config.json', 'big/**'] }));
});

interface Report {
  summary: { threads: number };
  files: Array<{ file: string; status: string }>;
  findings: Array<{ file: string; type: string; byteStart: number }>;
}
const report = (out: string): Report => JSON.parse(out) as Report;

describe('the built CLI', () => {
  it('reads every on-demand format and the config file', async () => {
    const { code, out, err } = runCli(['scan', '.', '--format', 'json'], dir);
    expect(err).toBe('');
    expect(code).toBe(1);
    const { files, findings } = report(out);
    expect(Object.fromEntries(files.map((f) => [f.file, f.status]))).toEqual(
      Object.fromEntries(['invoice.pdf', 'logs.tar.gz', 'notes.zip', 'page.html', 'people.avro', 'people.parquet', 'people.xlsx', 'report.docx'].map((f) => [f, 'COMPLETE'])),
    );
    const found = new Set(findings.map((f) => f.file));
    expect([...found].sort()).toEqual(['invoice.pdf', 'logs.tar.gz', 'notes.zip', 'page.html', 'people.avro', 'people.parquet', 'people.xlsx', 'report.docx']);
  });

  it('scans through the worker pool (more than 32 MiB) with the same findings as in process', async () => {
    const line = 'GET /api/v1/orders/1234 completed in 12ms\n';
    const big = line.repeat(Math.ceil((33 << 20) / line.length)) + 'owner: jane.doe@example.com\n';
    writeFileSync(join(dir, 'big.log'), big);
    try {
      const pooled = runCli(['scan', 'big.log', 'people.xlsx', '--format', 'json', '--concurrency', '2'], dir);
      const inProcess = runCli(['scan', 'big.log', 'people.xlsx', '--format', 'json', '--concurrency', '1'], dir);
      expect(pooled.err).toBe('');
      expect(report(pooled.out).summary.threads).toBe(2);
      expect(report(inProcess.out).summary.threads).toBe(1);
      const key = (out: string) => report(out).findings.map((f) => `${f.file}:${f.byteStart}:${f.type}`).sort();
      expect(key(pooled.out)).toEqual(key(inProcess.out));
      expect(key(pooled.out)).toContain(`big.log:${big.length - 'jane.doe@example.com\n'.length}:EMAIL_ADDRESS`);
    } finally {
      rmSync(join(dir, 'big.log'));
    }
  });

  it('scans standard input for "-" (echo … | pii-guard scan -)', () => {
    const r = spawnSync(process.execPath, [BIN, 'scan', '-', '--stdin-name', 'people.csv', '--format', 'jsonl'], {
      cwd: dir,
      input: 'name,ssn\nJane Roe,536-22-8726\n',
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const ssn = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).find((f) => f.type === 'USA_SOCIAL_SECURITY_NUMBER');
    expect(ssn).toMatchObject({ file: 'people.csv', row: 2, columnName: 'ssn', masked: '***-**-**26' });
    expect(r.stdout).not.toContain('536-22-8726');
  });

  it('stops quietly with exit code 1 when the reader of its jsonl output goes away (| head -1)', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `f${String(i).padStart(3, '0')}.txt`), `contact: user${i}@example.com\n`.repeat(50));
    try {
      const child = spawn(process.execPath, [BIN, 'scan', 'many', '--format', 'jsonl'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      const err = collect(child.stderr!);
      // read the first line, then close the pipe as `head -1` does
      const first = await new Promise<string>((resolve) => child.stdout!.once('data', (c: Buffer) => resolve(c.toString().split('\n')[0]!)));
      child.stdout!.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(JSON.parse(first)).toMatchObject({ kind: 'finding', type: 'EMAIL_ADDRESS', file: 'many/f000.txt' });
      expect((await err).toString()).toBe('');
      expect(code).toBe(1);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });
});
