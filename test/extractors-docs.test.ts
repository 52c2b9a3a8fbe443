/**
 * Documents and columnar files made by real libraries: XLSX and DOCX (openpyxl, python-docx: committed
 * under test/fixtures/formats), PDF (pdf-lib), Parquet (hyparquet-writer), Avro (avsc), and HTML/XML.
 * Locations in Macie's conventions; broken files give a status, never a crash.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import avro from 'avsc';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config.js';
import { detectionSettings, engineFor } from '../src/registry.js';
import { scanFile, type FileScanOptions } from '../src/scan-file.js';
import type { Detector, Finding } from '../src/types.js';

const engine = engineFor(detectionSettings(defaultConfig()));
const byId = new Map<string, Detector>(engine.detectors.map((d) => [d.id, d]));
const opts: FileScanOptions = { maxFindingsPerType: 1000, maxFileBytes: 1 << 30, showValues: true };
const dir = mkdtempSync(join(tmpdir(), 'pii-guard-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/formats/${name}`, import.meta.url));
const put = (name: string, content: Buffer | string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const scan = (p: string) => scanFile(p, engine, byId, opts);
const base = (t: string) => t.replace('_(NO_KEYWORD)', '');
const pick = (fs: Finding[], ...keys: Array<keyof Finding>) => fs.map((f) => [base(f.type), ...keys.map((k) => f[k])]);

describe('XLSX and DOCX', () => {
  it('XLSX: sheet, cell, row, column, columnName; row 1 is the header and the keyword', async () => {
    const { result, findings } = await scan(fixture('people.xlsx'));
    expect(result.status.code).toBe('COMPLETE');
    expect(result.format).toBe('xlsx');
    expect(pick(findings, 'sheet', 'cell', 'row', 'column', 'columnName', 'text')).toEqual([
      ['USA_SOCIAL_SECURITY_NUMBER', 'People', 'C2', 2, 3, 'ssn', '536228726'],
      ['CREDIT_CARD_NUMBER', 'People', 'D2', 2, 4, 'notes', '4539 1488 0343 6467'],
      ['USA_SOCIAL_SECURITY_NUMBER', 'People', 'C3', 3, 3, 'ssn', '212674032'],
      ['EMAIL_ADDRESS', 'People', 'D3', 3, 4, 'notes', 'jane.doe@example.com'],
      ['EMAIL_ADDRESS', 'Other', 'B3', 3, 2, undefined, 'jane.doe@example.com'],
      ['USA_SOCIAL_SECURITY_NUMBER', 'Other', 'D17', 17, 4, undefined, '401-23-9000'],
    ]);
  });

  it('XLSX claiming a billion rows: read as it is, no allocation by the claim', async () => {
    const { result, findings } = await scan(fixture('billion-rows.xlsx'));
    expect(result.status.code).toBe('COMPLETE');
    expect(findings).toHaveLength(6);
  });

  it('a workbook named .dat is still a workbook (content first)', async () => {
    const p = join(dir, 'export.dat');
    copyFileSync(fixture('people.xlsx'), p);
    expect((await scan(p)).result.format).toBe('xlsx');
  });

  it('DOCX: 1-based paragraph; runs of one paragraph are joined', async () => {
    const { result, findings } = await scan(fixture('report.docx'));
    expect(result.format).toBe('docx');
    expect(pick(findings, 'paragraph', 'text')).toEqual([
      ['USA_SOCIAL_SECURITY_NUMBER', 3, '536-22-8726'],
      ['EMAIL_ADDRESS', 4, 'jane.doe@example.com'],
    ]);
  });

  it('a corrupt XLSX and an old binary .xls: SKIPPED with a reason', async () => {
    const bytes = readFileSync(fixture('people.xlsx'));
    const bad = await scan(put('bad.xlsx', bytes.subarray(0, 1000)));
    expect(bad.result.status).toMatchObject({ code: 'SKIPPED', reason: 'MALFORMED_FILE' });
    const ole = Buffer.alloc(4096);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    ole.writeUInt32BE(0xa1b11ae1, 4);
    const old = await scan(put('old.xls', ole));
    expect(old.result.status).toMatchObject({ code: 'SKIPPED', reason: 'UNSUPPORTED_FILE_TYPE_EXCEPTION' });
    expect(old.result.status.message).toMatch(/\.xlsx/);
  });
});

describe('PDF', () => {
  it('page and line on the page, from a PDF made by pdf-lib', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const p1 = doc.addPage([600, 800]);
    p1.drawText('Invoice 42', { x: 50, y: 750, font, size: 12 });
    p1.drawText('Contact: jane.doe@example.com', { x: 50, y: 720, font, size: 12 });
    const p2 = doc.addPage([600, 800]);
    p2.drawText('Notes', { x: 50, y: 750, font, size: 12 });
    p2.drawText('nothing', { x: 50, y: 720, font, size: 12 });
    p2.drawText('Employee SSN 536-22-8726', { x: 50, y: 690, font, size: 12 });
    const { result, findings } = await scan(put('invoice.pdf', await doc.save()));
    expect(result.format).toBe('pdf');
    expect(result.status.code).toBe('COMPLETE');
    expect(pick(findings, 'page', 'line')).toEqual([
      ['EMAIL_ADDRESS', 1, 2],
      ['USA_SOCIAL_SECURITY_NUMBER', 2, 3],
    ]);
  });

  it('an encrypted (password-protected) PDF: SKIPPED UNABLE_TO_PARSE_FILE', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([600, 800]).drawText('Contact: jane.doe@example.com', { x: 50, y: 720, font, size: 12 });
    // A standard security handler whose user password is not empty: pdf.js asks for the password.
    const enc = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of('11'.repeat(32)), U: PDFHexString.of('22'.repeat(32)), P: -4 });
    doc.context.trailerInfo.Encrypt = doc.context.register(enc);
    doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of('33'.repeat(16)), PDFHexString.of('33'.repeat(16))]);
    const r = await scan(put('enc.pdf', await doc.save({ useObjectStreams: false })));
    expect(r.result.status).toMatchObject({ code: 'SKIPPED', reason: 'UNABLE_TO_PARSE_FILE' });
    expect(r.result.status.message).toMatch(/password/);
    expect(r.findings).toEqual([]);
  });

  it('a text file that mentions "%PDF-" near its start is scanned as text, not skipped as a broken PDF', async () => {
    const r = await scan(put('pdf-notes.ts', "// a PDF starts with '%PDF-1.7'\nconst owner = 'jane.doe@example.com';\n"));
    expect(r.result.status.code).toBe('COMPLETE');
    expect(r.result.format).not.toBe('pdf');
    expect(pick(r.findings, 'line', 'text')).toEqual([['EMAIL_ADDRESS', 2, 'jane.doe@example.com']]);
  });

  it('a PDF under another name is still read as a PDF (its header)', async () => {
    const r = await scan(put('export.dat', '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\n%%EOF\n'));
    expect(r.result.status).toMatchObject({ code: 'SKIPPED', reason: 'MALFORMED_FILE' });
  });

  it('a corrupt PDF: SKIPPED MALFORMED_FILE, no crash', async () => {
    const r = await scan(put('corrupt.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\n%%EOF\n'));
    expect(r.result.status.code).toBe('SKIPPED');
    expect(r.result.status.reason).toBe('MALFORMED_FILE');
  });
});

describe('Parquet and Avro', () => {
  it('Parquet: recordIndex (0-based row) and jsonPath, column names as keywords', async () => {
    const buf = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: [1, 2, 3], type: 'INT32' },
        { name: 'ssn', data: ['x', '536228726', 'y'], type: 'STRING' },
        { name: 'Contact Email', data: ['none', 'none', 'jane.doe@example.com'], type: 'STRING' },
      ],
      rowGroupSize: 2,
    });
    const { result, findings } = await scan(put('people.parquet', new Uint8Array(buf)));
    expect(result.format).toBe('parquet');
    expect(pick(findings, 'recordIndex', 'jsonPath')).toEqual([
      ['USA_SOCIAL_SECURITY_NUMBER', 1, '$.ssn'],
      ['EMAIL_ADDRESS', 2, "$['Contact Email']"],
    ]);
  });

  it('Parquet with a bad footer: SKIPPED MALFORMED_FILE', async () => {
    const buf = Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'ssn', data: ['536228726'], type: 'STRING' }] }));
    buf.fill(0xff, buf.length - 40, buf.length - 4); // metadata and its length, magic kept
    const r = await scan(put('bad.parquet', buf));
    expect(r.result.status).toMatchObject({ code: 'SKIPPED', reason: 'MALFORMED_FILE' });
  });

  it('Avro: recordIndex and jsonPath for nested records, streamed', async () => {
    const type = avro.Type.forSchema({
      type: 'record',
      name: 'Person',
      fields: [
        { name: 'id', type: 'int' },
        { name: 'profile', type: { type: 'record', name: 'Profile', fields: [{ name: 'ssn', type: 'string' }, { name: 'emails', type: { type: 'array', items: 'string' } }] } },
      ],
    });
    const p = join(dir, 'people.avro');
    await new Promise<void>((resolve, reject) => {
      const enc = avro.createFileEncoder(p, type);
      enc.on('error', reject);
      enc.on('finish', resolve);
      enc.write({ id: 1, profile: { ssn: 'n/a', emails: [] } });
      enc.write({ id: 2, profile: { ssn: '536228726', emails: ['none', 'jane.doe@example.com'] } });
      enc.end();
    });
    await new Promise((r) => setTimeout(r, 50));
    const { result, findings } = await scan(p);
    expect(result.format).toBe('avro');
    expect(pick(findings, 'recordIndex', 'jsonPath')).toEqual([
      ['USA_SOCIAL_SECURITY_NUMBER', 1, '$.profile.ssn'],
      ['EMAIL_ADDRESS', 1, '$.profile.emails[1]'],
    ]);
  });
});

describe('HTML and XML', () => {
  it('HTML: text content and attribute values, not markup; lines and byte offsets', async () => {
    const html = '<!DOCTYPE html>\n<html><body>\n<p class="ssn-536228726">Hi</p>\n<p>Mail: <b>jane.doe@example.com</b> &amp; more</p>\n<a href="mailto:o.brien+news@mail.example.co.uk">x</a></body></html>\n';
    const { result, findings } = await scan(put('page.html', html));
    expect(result.format).toBe('html');
    const email = findings.filter((f) => f.type === 'EMAIL_ADDRESS');
    expect(email.map((f) => [f.text, f.line])).toEqual([
      ['jane.doe@example.com', 4],
      ['o.brien+news@mail.example.co.uk', 5],
    ]);
    expect(email[0]!.byteStart).toBe(html.indexOf('jane.doe'));
    expect(email[0]!.col).toBe(html.split('\n')[3]!.indexOf('jane') + 1);
    // Markup (a class name) is not content.
    expect(findings.some((f) => base(f.type) === 'USA_SOCIAL_SECURITY_NUMBER')).toBe(false);
  });

  it('XML: element names are keywords', async () => {
    const xml = '<?xml version="1.0"?>\n<people>\n  <person>\n    <ssn>536228726</ssn>\n    <id>212674032</id>\n  </person>\n</people>\n';
    const { result, findings } = await scan(put('people.xml', xml));
    expect(result.format).toBe('xml');
    expect(pick(findings, 'line', 'col', 'byteStart')).toEqual([['USA_SOCIAL_SECURITY_NUMBER', 4, 10, xml.indexOf('536')]]);
  });
});

describe('EML', () => {
  it('headers and text parts with lines; quoted-printable decoded; attachments scanned as members', async () => {
    const csv = Buffer.from('name,ssn\nJane,536228726\n').toString('base64');
    const eml = [
      'From: Jane Doe <jane.doe@example.com>',
      'To: support@example.org',
      'Subject: my account',
      'Date: Mon, 23 Nov 2026 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hello,',
      'my ssn is 212-67-4032.',
      '--XYZ',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>card 4539 1488 0343 =',
      '6467</p>',
      '--XYZ',
      'Content-Type: text/csv; name="people.csv"',
      'Content-Disposition: attachment; filename="people.csv"',
      'Content-Transfer-Encoding: base64',
      '',
      csv,
      '--XYZ--',
      '',
    ].join('\r\n');
    const { result, findings } = await scan(put('mail.dat', eml)); // an email by its content
    expect(result.format).toBe('eml');
    expect(result.status.code).toBe('COMPLETE');
    const mine = findings.filter((f) => ['EMAIL_ADDRESS', 'USA_SOCIAL_SECURITY_NUMBER', 'CREDIT_CARD_NUMBER'].includes(base(f.type)));
    expect(pick(mine, 'member', 'line', 'row', 'columnName')).toEqual([
      ['EMAIL_ADDRESS', undefined, 1, undefined, undefined],
      ['EMAIL_ADDRESS', undefined, 2, undefined, undefined],
      ['USA_SOCIAL_SECURITY_NUMBER', undefined, 12, undefined, undefined],
      ['CREDIT_CARD_NUMBER', undefined, 17, undefined, undefined], // the line where the decoded part starts
      ['USA_SOCIAL_SECURITY_NUMBER', 'people.csv', 2, 2, 'ssn'],
    ]);
    const ssn = mine[2]!;
    expect([ssn.col, ssn.byteStart]).toEqual([11, eml.indexOf('212-67-4032')]);
  });
});
