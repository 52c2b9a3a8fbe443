/**
 * CSV, TSV, JSON, JSONL and encodings through the structured path: Macie's location conventions,
 * exact byte offsets and lines, keywords from headers and paths, malformed input.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config.js';
import { detectionSettings, engineFor } from '../src/registry.js';
import { scanFile, type FileScanOptions } from '../src/scan-file.js';
import { jsonPathOf } from '../src/extractors/json.js';
import { pickExtractor } from '../src/extractors/index.js';
import type { Detector, Finding } from '../src/types.js';

const engine = engineFor(detectionSettings(defaultConfig()));
const byId = new Map<string, Detector>(engine.detectors.map((d) => [d.id, d]));
const opts: FileScanOptions = { maxFindingsPerType: 1000, maxFileBytes: 1 << 30, showValues: true };
const dir = mkdtempSync(join(tmpdir(), 'pii-guard-ext-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
const scan = (p: string) => scanFile(p, engine, byId, opts);
const byType = (fs: Finding[], t: string) => fs.filter((f) => f.type === t || f.type === `${t}_(NO_KEYWORD)`);

/** The byte offset of `value` in `content` (UTF-8), the n-th occurrence. */
function offsetOf(content: string, value: string, n = 0): number {
  let i = -1;
  for (let k = 0; k <= n; k++) i = content.indexOf(value, i + 1);
  return Buffer.byteLength(content.slice(0, i));
}

describe('CSV', () => {
  const csv = [
    'id,name,ssn,card,notes',
    '1,Jane,536228726,4539 1488 0343 6467,ok',
    '2,"Doe, John",212674032,,"line one',
    'mail jane.doe@example.com here"',
    '3,Zoë,401239000,,"said ""hi"" 5425-2334-3010-9903"',
  ].join('\r\n') + '\r\n';
  it('reports row (header = 1), column, columnName, line, col and byte offsets', async () => {
    const p = put('people.csv', csv);
    const { result, findings } = await scan(p);
    expect(result.status.code).toBe('COMPLETE');
    expect(result.format).toBe('csv');
    const ssn = byType(findings, 'USA_SOCIAL_SECURITY_NUMBER');
    // The header "ssn" is the keyword: bare 9-digit numbers are found in that column only.
    expect(ssn.map((f) => [f.text, f.row, f.column, f.columnName, f.line])).toEqual([
      ['536228726', 2, 3, 'ssn', 2],
      ['212674032', 3, 3, 'ssn', 3],
      ['401239000', 4, 3, 'ssn', 5],
    ]);
    expect(ssn[0]!.keyword).toBe('ssn');
    for (const f of ssn) {
      expect(f.byteStart).toBe(offsetOf(csv, f.text!));
      expect(f.byteEnd - f.byteStart).toBe(9);
    }
    // Zoë: the column counts characters, the offset counts bytes.
    expect(ssn[2]!.col).toBe(csv.split('\r\n')[4]!.indexOf('401239000') + 1);
    const email = byType(findings, 'EMAIL_ADDRESS')[0]!;
    // A quoted cell across lines keeps its row (3) while the line is 4.
    expect([email.row, email.column, email.columnName, email.line, email.col]).toEqual([3, 5, 'notes', 4, 6]);
    expect(email.byteStart).toBe(offsetOf(csv, 'jane.doe@example.com'));
    const cards = byType(findings, 'CREDIT_CARD_NUMBER').map((f) => [f.text, f.row, f.column, f.columnName]);
    expect(cards).toContainEqual(['4539 1488 0343 6467', 2, 4, 'card']);
    expect(cards).toContainEqual(['5425-2334-3010-9903', 4, 5, 'notes']);
  });

  it('cuts cells exactly as csv-parse does', async () => {
    const { extractDelimited } = await import('../src/extractors/csv.js');
    const cells: Array<[number, number, string]> = [];
    const input = { name: 'x.csv', head: Buffer.from(csv), stream: () => (async function* () { yield Buffer.from(csv); })() } as never;
    await extractDelimited(input, {
      limits: {} as never, overlap: 300, depth: 0,
      emit: (s) => cells.push([s.location.row!, s.location.column!, Buffer.from(s.text, 'latin1').toString()]),
      problem: () => {}, member: async () => {}, extracted: () => {},
    }, 44);
    const expected: Array<[number, number, string]> = [];
    (parse(csv, { relax_column_count: true }) as string[][]).forEach((rec, r) => rec.forEach((v, c) => Buffer.byteLength(v) >= 3 && expected.push([r + 1, c + 1, v])));
    expect(cells).toEqual(expected);
  });

  it('an unterminated quote: PARTIAL MALFORMED_FILE, the rest read as plain text with right lines', async () => {
    const bad = 'a,b\n1,"open cell\n2,ssn 212-67-4032\n3,x\n';
    const { result, findings } = await scan(put('bad.csv', bad));
    expect(result.status).toMatchObject({ code: 'PARTIAL', reason: 'MALFORMED_FILE' });
    const f = byType(findings, 'USA_SOCIAL_SECURITY_NUMBER')[0]!;
    expect([f.line, f.col, f.byteStart]).toEqual([3, 7, offsetOf(bad, '212-67-4032')]);
  });

  it('TSV: tab-separated, header keywords', async () => {
    const tsv = 'name\tSocial Security Number\nJane\t536 22 8726\n';
    const { result, findings } = await scan(put('t.tsv', tsv));
    expect(result.format).toBe('tsv');
    const f = byType(findings, 'USA_SOCIAL_SECURITY_NUMBER')[0]!;
    expect([f.row, f.column, f.columnName, f.text]).toEqual([2, 2, 'Social Security Number', '536 22 8726']);
  });

  it('a value across a batch boundary of a big column is still found once', async () => {
    const rows = ['n,ssn'];
    for (let i = 0; i < 30000; i++) rows.push(`${i},${i === 29999 ? '536228726' : 'x'.repeat(10)}`);
    const { findings } = await scan(put('big.csv', rows.join('\n')));
    const ssn = byType(findings, 'USA_SOCIAL_SECURITY_NUMBER');
    expect(ssn.map((f) => [f.row, f.line])).toEqual([[30001, 30001]]);
  });
});

describe('JSON and JSONL', () => {
  it('jsonPath in Macie form, recordIndex 0, keys on the path as keywords, exact offsets', async () => {
    const doc = {
      records: [
        { profile: { email: 'jane.doe@example.com' } },
        { profile: { ssn: '536228726', 'Card Number': '4539 1488 0343 6467', esc: 'tab\\t "q" 5425-2334-3010-9903' } },
      ],
    };
    const text = JSON.stringify(doc, null, 2);
    const { result, findings } = await scan(put('doc.json', text));
    expect(result.status.code).toBe('COMPLETE');
    const get = (t: string) => byType(findings, t).map((f) => [f.jsonPath, f.recordIndex, f.line]);
    expect(get('EMAIL_ADDRESS')).toEqual([['$.records[0].profile.email', 0, 5]]);
    expect(get('USA_SOCIAL_SECURITY_NUMBER')).toEqual([['$.records[1].profile.ssn', 0, 10]]);
    expect(get('CREDIT_CARD_NUMBER')).toEqual([
      ["$.records[1].profile['Card Number']", 0, 11],
      ['$.records[1].profile.esc', 0, 12],
    ]);
    const email = byType(findings, 'EMAIL_ADDRESS')[0]!;
    expect(email.byteStart).toBe(offsetOf(text, 'jane.doe@example.com'));
    expect(email.col).toBe(text.split('\n')[4]!.indexOf('jane') + 1);
  });

  it('top-level arrays and awkward keys', () => {
    expect(jsonPathOf([{ arr: true, index: 0, key: undefined }, { arr: false, index: 0, key: 'Card Number' }])).toBe("$[0]['Card Number']");
    expect(jsonPathOf([{ arr: false, index: 0, key: "it's" }])).toBe("$['it\\'s']");
    const long = Array.from({ length: 40 }, (_, i) => ({ arr: false, index: 0, key: `element${i}` }));
    const p = jsonPathOf(long);
    expect(p.startsWith('$..')).toBe(true);
    expect(p.length).toBeLessThanOrEqual(250);
    expect(p.endsWith('.element39')).toBe(true);
  });

  it('JSONL: recordIndex is the 0-based line; a bad line is read as text, the rest goes on', async () => {
    const lines = ['{"user":{"email":"jane.doe@example.com"}}', '', '{"ssn":"212674032"}', '{"broken": "x', '{"cards":["4539 1488 0343 6467"]}'];
    const text = lines.join('\n') + '\n';
    const { result, findings } = await scan(put('log.jsonl', text));
    expect(result.status).toMatchObject({ code: 'PARTIAL', reason: 'MALFORMED_FILE' });
    expect(byType(findings, 'EMAIL_ADDRESS').map((f) => [f.jsonPath, f.recordIndex, f.line])).toEqual([['$.user.email', 0, 1]]);
    expect(byType(findings, 'USA_SOCIAL_SECURITY_NUMBER').map((f) => [f.jsonPath, f.recordIndex])).toEqual([['$.ssn', 2]]);
    const card = byType(findings, 'CREDIT_CARD_NUMBER')[0]!;
    expect([card.jsonPath, card.recordIndex, card.line, card.byteStart]).toEqual(['$.cards[0]', 4, 5, offsetOf(text, '4539')]);
  });

  it('JSON nested 10,000 deep: SKIPPED JSON_NESTING_LEVEL_OVER_LIMIT, no crash', async () => {
    const deep = '['.repeat(10000) + '"jane.doe@example.com"' + ']'.repeat(10000);
    const { result, findings } = await scan(put('deep.json', deep));
    expect(result.status.code).toBe('SKIPPED');
    expect(result.status.reason).toBe('JSON_NESTING_LEVEL_OVER_LIMIT');
    expect(findings).toEqual([]);
    // 256 levels are fine.
    const ok = await scan(put('ok.json', '['.repeat(256) + '"jane.doe@example.com"' + ']'.repeat(256)));
    expect(ok.result.status.code).toBe('COMPLETE');
    // 768 characters of path: truncated from the front to at most 250, Macie's `$..` form.
    expect(ok.findings[0]!.jsonPath).toBe('$..' + '[0]'.repeat(82));
  });

  it('malformed JSON: the rest is read as plain text, values still found with their line', async () => {
    const text = '{"a": "jane.doe@example.com",\n "b": oops,\n "c": "ssn 212-67-4032"}';
    const { result, findings } = await scan(put('bad.json', text));
    expect(result.status).toMatchObject({ code: 'PARTIAL', reason: 'MALFORMED_FILE' });
    expect(byType(findings, 'EMAIL_ADDRESS')[0]!.jsonPath).toBe('$.a');
    const ssn = byType(findings, 'USA_SOCIAL_SECURITY_NUMBER')[0]!;
    expect([ssn.line, ssn.jsonPath, ssn.byteStart]).toEqual([3, undefined, offsetOf(text, '212-67-4032')]);
  });

  it('a JSON value split across read chunks is found whole', async () => {
    const pad = 'x'.repeat((1 << 20) - 20);
    const text = JSON.stringify({ pad, email: 'jane.doe@example.com', more: [pad, '536-22-8726'] });
    const { findings } = await scan(put('chunks.json', text));
    expect(byType(findings, 'EMAIL_ADDRESS').map((f) => [f.jsonPath, f.byteStart])).toEqual([['$.email', offsetOf(text, 'jane.doe')]]);
  });
});

describe('encodings', () => {
  it('UTF-8 BOM and UTF-16 LE/BE CSV keep rows and columns', async () => {
    const csv = 'name,ssn\nZoë,536228726\n';
    const bom = await scan(put('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)])));
    const f = byType(bom.findings, 'USA_SOCIAL_SECURITY_NUMBER')[0]!;
    expect([f.row, f.column, f.columnName, f.byteStart]).toEqual([2, 2, 'ssn', 3 + offsetOf(csv, '536228726')]);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const b of [le, be]) {
      const r = await scan(put('u16.csv', b));
      const g = byType(r.findings, 'USA_SOCIAL_SECURITY_NUMBER')[0]!;
      expect([g.row, g.column, g.columnName, g.text]).toEqual([2, 2, 'ssn', '536228726']);
    }
  });

  it('Latin-1 fallback: values shown as Latin-1', async () => {
    const b = Buffer.from('name,email\nJos\xe9,jos\xe9.doe@example.com\n', 'latin1');
    const { findings } = await scan(put('l1.csv', b));
    expect(byType(findings, 'EMAIL_ADDRESS')[0]?.columnName).toBe('email');
  });
});

describe('detection by content', () => {
  it('magic bytes before extensions', () => {
    expect(pickExtractor(Buffer.from('{"a": 1}'), 'export.dat')?.id).toBe('json');
    expect(pickExtractor(Buffer.from('{"a": 1}\n{"a": 2}\n'), 'export.dat')?.id).toBe('jsonl');
    expect(pickExtractor(Buffer.from('a,b\n1,2\n'), 'x.csv')?.id).toBe('csv');
    expect(pickExtractor(Buffer.from('[section]\nkey=1\n'), 'x.ini')?.id).toBe('text');
    expect(pickExtractor(Buffer.from([0, 1, 2, 3]), 'x.bin')).toBeUndefined();
  });
});
