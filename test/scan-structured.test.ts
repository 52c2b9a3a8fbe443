/**
 * Structured files through the public scan and the reporters: location fields in JSON, the table's
 * LOCATION column, SARIF logical locations, statuses in the summary; config limits reach the extractors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { formatResult } from '../src/reporters/index.js';
import { locationText } from '../src/reporters/table.js';
import { scan } from '../src/scan.js';
import { structuredFormat } from '../src/scan-structured.js';
import type { Finding } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-guard-ss-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function zip(files: Record<string, string>): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) z.addBuffer(Buffer.from(content), name);
  z.end();
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => parts.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(parts)));
  });
}

describe('structured files end to end', () => {
  it('JSON, table and SARIF show Macie-style locations and statuses', async () => {
    const sub = mkdtempSync(join(dir, 'e2e-'));
    writeFileSync(join(sub, 'people.csv'), 'id,ssn\n1,536228726\n');
    writeFileSync(join(sub, 'doc.json'), '{"records":[{"profile":{"email":"jane.doe@example.com"}}]}');
    writeFileSync(join(sub, 'bundle.zip'), await zip({ 'inner/notes.txt': 'x\nssn: 212-67-4032\n' }));
    writeFileSync(join(sub, 'deep.json'), '['.repeat(300) + ']'.repeat(300));
    const config = await parseConfig({});
    const result = await scan({ paths: ['.'], cwd: sub, config, concurrency: 1 });
    const by = (t: string) => result.findings.find((f) => f.type === t && f.file.endsWith(t === 'EMAIL_ADDRESS' ? 'doc.json' : 'people.csv'))!;
    expect(result.summary.byStatus).toEqual({ COMPLETE: 3, PARTIAL: 0, SKIPPED: 1 });

    const json = JSON.parse(formatResult(result, 'json', { detectors: [] }));
    const csv = json.findings.find((f: Record<string, unknown>) => String(f.file).endsWith('people.csv'));
    expect(csv).toMatchObject({ row: 2, column: 2, columnName: 'ssn', line: 2, col: 3 });
    const rec = json.findings.find((f: Record<string, unknown>) => String(f.file).endsWith('doc.json'));
    expect(rec).toMatchObject({ jsonPath: '$.records[0].profile.email', recordIndex: 0 });
    const member = json.findings.find((f: Record<string, unknown>) => String(f.file).endsWith('bundle.zip'));
    expect(member).toMatchObject({ member: 'inner/notes.txt', line: 2 });
    const deep = json.files.find((f: Record<string, unknown>) => String(f.file).endsWith('deep.json'));
    expect(deep).toMatchObject({ status: 'SKIPPED', reason: 'JSON_NESTING_LEVEL_OVER_LIMIT', format: 'json' });

    const table = formatResult(result, 'table', { detectors: [] });
    expect(table).toContain('people.csv:2:2');
    expect(table).toContain('doc.json:1 $.records[0].profile.email');
    expect(table).toContain('bundle.zip!inner/notes.txt:2:6');
    expect(table).toMatch(/SKIPPED\s+deep\.json\s+JSON_NESTING_LEVEL_OVER_LIMIT/);

    const sarif = JSON.parse(formatResult(result, 'sarif', { detectors: [] }));
    const results = sarif.runs[0].results as Array<Record<string, any>>;
    const ssnCsv = results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('people.csv'));
    expect(ssnCsv!.locations[0].logicalLocations[0]).toMatchObject({ kind: 'cell', name: 'row 2, column 2 (ssn)' });
    expect(ssnCsv!.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 3 });
    const inZip = results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('bundle.zip'));
    expect(inZip!.locations[0].physicalLocation.region).toBeUndefined();
    expect(inZip!.locations[0].logicalLocations[0]).toMatchObject({ fullyQualifiedName: 'inner/notes.txt', kind: 'member' });
    expect(inZip!.locations[0].properties).toMatchObject({ member: 'inner/notes.txt', line: 2, col: 6 });
    expect(by('USA_SOCIAL_SECURITY_NUMBER').row).toBe(2);
  });

  it('the table names each kind of location the way a person opens it', () => {
    const f = (extra: Partial<Finding>): Finding => ({ type: 'X', detector: 'x', category: 'PERSONAL_INFORMATION', macie: true, severity: 'low', confidence: 'high', file: 'f', line: 0, col: 0, byteStart: 0, byteEnd: 0, masked: '*', fingerprint: 'fp', ...extra });
    expect(locationText(f({ line: 3, col: 4 }))).toBe('f:3:4');
    expect(locationText(f({ sheet: 'People', cell: 'D17', row: 17, column: 4 }))).toBe('f People!D17');
    expect(locationText(f({ jsonPath: '$.a', recordIndex: 7 }))).toBe('f $.a (record 7)');
    expect(locationText(f({ page: 2, line: 5 }))).toBe('f p.2:5');
    expect(locationText(f({ paragraph: 4 }))).toBe('f ¶4');
    expect(locationText(f({ member: 'a.zip!b.csv', row: 2, column: 1, line: 2, col: 1 }))).toBe('f!a.zip!b.csv:2:1');
  });

  it('config limits reach the extractors', async () => {
    const sub = mkdtempSync(join(dir, 'cfg-'));
    writeFileSync(join(sub, 'a.json'), '[[[["jane.doe@example.com"]]]]');
    const strict = await scan({ paths: [sub], config: await parseConfig({ extraction: { jsonNesting: 3 } }), concurrency: 1 });
    expect(strict.files[0]!.status.reason).toBe('JSON_NESTING_LEVEL_OVER_LIMIT');
    const loose = await scan({ paths: [sub], config: await parseConfig({}), concurrency: 1 });
    expect(loose.findings).toHaveLength(1);
  });

  it('only plain text is split into ranges: structured formats are recognised first', async () => {
    const csv = join(dir, 'x.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    const gz = join(dir, 'x.log.gz');
    writeFileSync(gz, gzipSync('hello\n'));
    const txt = join(dir, 'x.txt');
    writeFileSync(txt, 'hello\n');
    expect(await structuredFormat(csv)).toBe('csv');
    expect(await structuredFormat(gz)).toBe('gzip');
    expect(await structuredFormat(txt)).toBeUndefined();
  });
});

describe('a country named in the column header or JSON path', () => {
  it('decides between one-country detectors that take the same value', async () => {
    writeFileSync(join(dir, 'uk-col.csv'), 'name,UK Passport\nJane Roe,123456789\n');
    writeFileSync(join(dir, 'plain-col.csv'), 'name,passport\nJane Roe,123456789\n');
    writeFileSync(join(dir, 'british.json'), JSON.stringify({ staff: [{ british_passport: '123456789' }] }));
    const types = async (file: string): Promise<string[]> =>
      (await scan({ paths: [file], cwd: dir, concurrency: 1 })).findings.filter((f) => f.type.endsWith('PASSPORT_NUMBER')).map((f) => f.type).sort();
    expect(await types('uk-col.csv')).toEqual(['UK_PASSPORT_NUMBER']);
    expect(await types('british.json')).toEqual(['UK_PASSPORT_NUMBER']);
    expect(await types('plain-col.csv')).toEqual(['UK_PASSPORT_NUMBER', 'USA_PASSPORT_NUMBER']);
  });
});
