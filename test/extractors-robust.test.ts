/**
 * Never a crash: real files of every structured format cut at many points, and garbage behind each
 * format's magic bytes, always give a per-file status (and the process goes on).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import avro from 'avsc';
import { parquetWriteBuffer } from 'hyparquet-writer';
import * as tar from 'tar-stream';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config.js';
import { detectionSettings, engineFor } from '../src/registry.js';
import { scanFile, type FileScanOptions } from '../src/scan-file.js';
import type { Detector } from '../src/types.js';

const engine = engineFor(detectionSettings(defaultConfig()));
const byId = new Map<string, Detector>(engine.detectors.map((d) => [d.id, d]));
const opts: FileScanOptions = { maxFindingsPerType: 1000, maxFileBytes: 1 << 30, showValues: false };
const dir = mkdtempSync(join(tmpdir(), 'pii-guard-robust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/formats/${name}`, import.meta.url)));

function collect(s: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    s.on('data', (c: Buffer) => parts.push(c));
    s.on('end', () => resolve(Buffer.concat(parts)));
    s.on('error', reject);
  });
}

async function samples(): Promise<Array<[string, Buffer]>> {
  const z = new yazl.ZipFile();
  z.addBuffer(Buffer.from('id,ssn\n1,536228726\n'.repeat(50)), 'a.csv');
  z.addBuffer(Buffer.from('{"user":{"email":"jane.doe@example.com"}}\n'.repeat(50)), 'b.jsonl');
  z.end();
  const zip = await collect(z.outputStream);
  const pack = tar.pack();
  pack.entry({ name: 'x.txt' }, 'ssn: 212-67-4032\n'.repeat(100));
  pack.entry({ name: 'y.json' }, JSON.stringify({ a: ['jane.doe@example.com'] }));
  pack.finalize();
  const tgz = gzipSync(await collect(pack));
  const parquet = Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'ssn', data: Array(200).fill('536228726'), type: 'STRING' }] }));
  const type = avro.Type.forSchema({ type: 'record', name: 'R', fields: [{ name: 'ssn', type: 'string' }] });
  const enc = new avro.streams.BlockEncoder(type);
  const avroDone = collect(enc as unknown as NodeJS.ReadableStream);
  for (let i = 0; i < 200; i++) enc.write({ ssn: '536228726' });
  enc.end();
  return [
    ['zip', zip],
    ['tar.gz', tgz],
    ['xlsx', fixture('people.xlsx')],
    ['docx', fixture('report.docx')],
    ['parquet', parquet],
    ['avro', await avroDone],
    ['json', Buffer.from(JSON.stringify({ records: Array(50).fill({ email: 'jane.doe@example.com' }) }))],
    ['csv', Buffer.from('a,"b\nc",d\n'.repeat(40))],
  ];
}

describe('robustness', () => {
  it('every format cut at many points gives a status, never an exception', async () => {
    let n = 0;
    for (const [ext, bytes] of await samples()) {
      for (let k = 1; k <= 9; k++) {
        const cut = Math.floor((bytes.length * k) / 10);
        const p = join(dir, `cut${n++}.${ext}`);
        writeFileSync(p, bytes.subarray(0, cut));
        const { result } = await scanFile(p, engine, byId, opts);
        expect(['COMPLETE', 'PARTIAL', 'SKIPPED'], `${ext} cut at ${cut}`).toContain(result.status.code);
        if (result.status.code !== 'COMPLETE') expect(result.status.reason, `${ext} cut at ${cut}`).toBeTruthy();
      }
    }
  }, 60000);

  it('garbage behind each magic number gives a status with a reason', async () => {
    const junk = Buffer.alloc(5000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) & 0xff;
    const magics: Array<[string, Buffer]> = [
      ['gz', Buffer.from([0x1f, 0x8b, 8, 0])],
      ['zip', Buffer.from('PK\x03\x04', 'latin1')],
      ['tar', Buffer.concat([Buffer.alloc(257), Buffer.from('ustar\x0000')])],
      ['parquet', Buffer.from('PAR1')],
      ['avro', Buffer.from('Obj\x01', 'latin1')],
      ['pdf', Buffer.from('%PDF-1.7\n')],
      ['xlsx', Buffer.from('PK\x03\x04', 'latin1')],
    ];
    for (const [ext, magic] of magics) {
      const p = join(dir, `junk.${ext}`);
      writeFileSync(p, Buffer.concat([magic, junk]));
      const { result } = await scanFile(p, engine, byId, opts);
      expect(result.status.code, ext).not.toBe('COMPLETE');
      expect(result.status.reason, ext).toBeTruthy();
    }
  }, 60000);
});
