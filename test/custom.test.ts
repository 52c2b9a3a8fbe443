import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/cli.js';
import { parseConfig } from '../src/config.js';
import { compileCustom, customSeverity, customType, userRegexProblem, type CustomDataIdentifierInput } from '../src/custom.js';
import { createEngine } from '../src/engine.js';
import { scan, scanText } from '../src/scan.js';
import type { Finding } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-guard-custom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Values the identifier reports in `text` (engine with only this detector). */
const found = (c: CustomDataIdentifierInput, text: string, labels?: string[]): string[] =>
  createEngine([compileCustom(c)])
    .detect(text, 0, text.length, labels ? { labels } : undefined)
    .map((m) => text.slice(m.start, m.end));

const employee: CustomDataIdentifierInput = { name: 'Employee ID', regex: 'EMP-\\d{6}', keywords: ['employee id', 'staff'] };

let n = 0;
async function scanFiles(files: Record<string, string>, config: object): Promise<{ findings: Finding[]; counts: Record<string, number>[] }> {
  const sub = join(dir, `s${n++}`);
  mkdirSync(sub);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(sub, name), text);
  const r = await scan({ paths: ['.'], cwd: sub, config: await parseConfig(config), concurrency: 1 });
  return { findings: r.findings, counts: r.files.map((f) => f.counts) };
}

describe('custom data identifiers: names and types', () => {
  it('turns the name into an UPPER_SNAKE type and keeps the name', () => {
    expect(customType('Employee ID')).toBe('EMPLOYEE_ID');
    expect(customType('  project-code (v2) ')).toBe('PROJECT_CODE_V2');
    expect(customType('社員番号')).toMatch(/^CUSTOM_[0-9A-F]{8}$/);
    const d = compileCustom(employee);
    expect(d).toMatchObject({ id: 'custom-employee-id', type: 'EMPLOYEE_ID', category: 'CUSTOM_IDENTIFIER', customName: 'Employee ID' });
  });
});

describe('custom data identifiers: Macie keyword rule', () => {
  it('needs a keyword BEFORE the match; a keyword after it does not count', () => {
    expect(found(employee, 'Employee ID: EMP-123456')).toEqual(['EMP-123456']);
    expect(found(employee, 'EMP-123456 is the employee id')).toEqual([]);
    expect(found(employee, 'badge EMP-123456')).toEqual([]);
  });
  it('matches keywords case-insensitively, with _ or - for a space', () => {
    expect(found(employee, 'EMPLOYEE_ID=EMP-123456')).toEqual(['EMP-123456']);
    expect(found(employee, 'STAFF: EMP-123456')).toEqual(['EMP-123456']);
  });
  it('measures maximumMatchDistance from the end of the keyword to the END of the match', () => {
    const c = { ...employee, maximumMatchDistance: 20 };
    // "staff" + gap + EMP-123456 (10 chars): distance = gap + 10.
    expect(found(c, `staff${' '.repeat(10)}EMP-123456`)).toEqual(['EMP-123456']); // 20
    expect(found(c, `staff${' '.repeat(11)}EMP-123456`)).toEqual([]); // 21: the start is within 20, the end is not
  });
  it('defaults maximumMatchDistance to 50', () => {
    expect(found(employee, `staff${' '.repeat(40)}EMP-123456`)).toEqual(['EMP-123456']); // 50
    expect(found(employee, `staff${' '.repeat(41)}EMP-123456`)).toEqual([]); // 51
  });
  it('reports every match when there are no keywords', () => {
    expect(found({ name: 'x', regex: 'EMP-\\d{6}' }, 'a EMP-123456 b EMP-654321')).toEqual(['EMP-123456', 'EMP-654321']);
  });
  it('counts a keyword in the column header or a JSON path element', () => {
    expect(found(employee, 'EMP-123456', ['Staff number'])).toEqual(['EMP-123456']);
    // A space in a keyword also matches "_", "-" or nothing (Macie), so "employee id" is in "employeeId".
    expect(found(employee, 'EMP-123456', ['records', 'employeeId'])).toEqual(['EMP-123456']);
    expect(found(employee, 'EMP-123456', ['records', 'employee_id'])).toEqual(['EMP-123456']);
    expect(found(employee, 'EMP-123456', ['records', 'myemployeeidx'])).toEqual([]);
    expect(found(employee, 'EMP-123456', ['records', 'notes'])).toEqual([]);
  });
  it('drops a match that contains an ignore word, case-sensitively', () => {
    const c: CustomDataIdentifierInput = { name: 'Ticket', regex: '[A-Z]{4}-\\d{4}', ignoreWords: ['TEST'] };
    expect(found(c, 'TEST-1234 PROD-1234')).toEqual(['PROD-1234']);
    expect(found({ ...c, regex: '(?i)[a-z]{4}-\\d{4}' }, 'test-1234')).toEqual(['test-1234']);
  });
  it('is not dropped inside a longer built-in match (Macie reports both)', async () => {
    const { findings } = await scanFiles({ 'a.txt': 'mail jane.doe@example.com\n' }, { customDataIdentifiers: [{ name: 'Doe', regex: 'doe@example' }] });
    expect(findings.map((f) => f.type).sort()).toEqual(['DOE', 'EMAIL_ADDRESS']);
  });
});

describe('custom data identifiers: severity thresholds', () => {
  const levels = [
    { occurrencesThreshold: 2, severity: 'LOW' as const },
    { occurrencesThreshold: 50, severity: 'MEDIUM' as const },
    { occurrencesThreshold: 100, severity: 'HIGH' as const },
  ];
  it('follows the thresholds, with no finding below the lowest', () => {
    expect(customSeverity(levels, 1)).toBeUndefined();
    expect([2, 49, 50, 99, 100, 5000].map((k) => customSeverity(levels, k))).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
    expect(customSeverity(undefined, 1)).toBe('medium');
    expect(customSeverity(undefined, 1000)).toBe('medium');
  });
  it('gives no finding (and no count) below the lowest threshold in a scanned file', async () => {
    const cfg = { customDataIdentifiers: [{ name: 'Employee ID', regex: 'EMP-\\d{6}', severityLevels: levels }] };
    const one = await scanFiles({ 'a.txt': 'EMP-123456\n' }, cfg);
    expect(one.findings).toEqual([]);
    expect(one.counts).toEqual([{}]);
    const lines = (k: number) => Array.from({ length: k }, (_, i) => `EMP-${String(100000 + i)}`).join('\n');
    const two = await scanFiles({ 'a.txt': lines(2), 'b.txt': lines(50), 'c.csv': `id\n${lines(100)}\n` }, cfg);
    const sev = (file: string) => [...new Set(two.findings.filter((f) => f.file === file).map((f) => f.severity))];
    expect(sev('a.txt')).toEqual(['low']);
    expect(sev('b.txt')).toEqual(['medium']);
    expect(sev('c.csv')).toEqual(['high']);
    expect(two.findings[0]).toMatchObject({ category: 'CUSTOM_IDENTIFIER', type: 'EMPLOYEE_ID', customName: 'Employee ID', detector: 'custom-employee-id' });
  });
  it('is Medium for any count without thresholds', async () => {
    const { findings } = await scanFiles({ 'a.txt': 'EMP-123456\n' }, { customDataIdentifiers: [{ name: 'Employee ID', regex: 'EMP-\\d{6}' }] });
    expect(findings.map((f) => f.severity)).toEqual(['medium']);
  });
});

describe('custom data identifiers: structured files', () => {
  it('finds values under a keyword column header and a keyword JSON path', async () => {
    const cfg = { customDataIdentifiers: [employee] };
    const { findings } = await scanFiles(
      {
        'people.csv': 'name,staff ref\nAlex,EMP-111111\nSam,EMP-222222\n',
        'other.csv': 'name,ref\nAlex,EMP-333333\n',
        // A keyword in the cell above does not precede the value in the same cell.
        'rows.csv': 'name,notes\nAlex,staff\nSam,EMP-666666\nKim,staff EMP-777777\n',
        'doc.json': '{"staff":{"id":"EMP-444444"},"misc":"EMP-555555"}',
      },
      cfg,
    );
    expect(findings.map((f) => [f.file, f.columnName ?? f.jsonPath]).sort()).toEqual([
      ['doc.json', '$.staff.id'],
      ['people.csv', 'staff ref'],
      ['people.csv', 'staff ref'],
      ['rows.csv', 'notes'],
    ]);
    expect(findings.filter((f) => f.file === 'rows.csv').map((f) => f.row)).toEqual([4]);
  });
});

describe('custom data identifiers: regexes run in linear time', () => {
  it('runs (a+)+$ on 100 KB of "a" followed by "b" well under a second', () => {
    expect(userRegexProblem('(a+)+$')).toBeUndefined();
    const text = 'a'.repeat(100_000) + 'b';
    const t0 = performance.now();
    expect(found({ name: 'evil', regex: '(a+)+$' }, text)).toEqual([]);
    expect(found({ name: 'evil2', regex: '(a|aa)*c' }, text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('does not report a match longer than 1,024 bytes', () => {
    expect(found({ name: 'long', regex: 'a+' }, 'a'.repeat(2000))).toEqual([]);
  });
  it('works on UTF-8 text: non-ASCII literals and byte positions', async () => {
    const { findings } = await scanFiles({ 'a.txt': 'Zürich café: Kundennr KÖLN-4711\n' }, { customDataIdentifiers: [{ name: 'Kunde', regex: 'KÖLN-\\d{4}', keywords: ['kundennr'] }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ col: 23, byteStart: Buffer.byteLength('Zürich café: Kundennr '), byteEnd: Buffer.byteLength('Zürich café: Kundennr KÖLN-4711') });
  });
});

describe('custom data identifiers: config', () => {
  const bad = async (entry: object) => parseConfig({ customDataIdentifiers: [{ name: 'Employee ID', regex: 'EMP', ...entry }] });
  it.each([
    ['a backreference', '(EMP)-\\1', /backreference/],
    ['look-ahead', 'EMP(?=-)', /look-ahead or look-behind/],
    ['look-behind', '(?<=id )EMP', /look-ahead or look-behind/],
    ['more than 512 characters', 'E'.repeat(513), /513 characters long; at most 512/],
    ['bad syntax', 'EMP-(\\d', /not a valid regular expression/],
  ])('rejects %s, naming the entry', async (_what, regex, message) => {
    await expect(bad({ regex })).rejects.toThrow(/customDataIdentifiers\.0\.regex: custom data identifier "Employee ID": regex/);
    await expect(bad({ regex })).rejects.toThrow(message);
  });
  it('checks the field limits of CreateCustomDataIdentifier', async () => {
    await expect(bad({ keywords: ['id'] })).rejects.toThrow(/customDataIdentifiers\.0\.keywords\.0/);
    await expect(bad({ ignoreWords: ['abc'] })).rejects.toThrow(/ignoreWords\.0/);
    await expect(bad({ maximumMatchDistance: 301 })).rejects.toThrow(/maximumMatchDistance/);
    await expect(bad({ severityLevels: [{ occurrencesThreshold: 10, severity: 'LOW' }, { occurrencesThreshold: 5, severity: 'HIGH' }] })).rejects.toThrow(/ascending/);
    await expect(bad({ unknown: 1 })).rejects.toThrow(/customDataIdentifiers\.0/);
  });
  it('rejects two identifiers with the same type', async () => {
    await expect(parseConfig({ customDataIdentifiers: [{ name: 'Emp id', regex: 'a' }, { name: 'EMP-ID', regex: 'b' }] })).rejects.toThrow(/same type EMP_ID/);
  });
  it('accepts a Macie CreateCustomDataIdentifier request as it is', async () => {
    const request = {
      name: 'Employee ID',
      description: 'Internal staff numbers',
      regex: 'EMP-\\d{6}',
      keywords: ['employee id'],
      ignoreWords: ['EMP-000000'],
      maximumMatchDistance: 30,
      severityLevels: [{ occurrencesThreshold: 1, severity: 'LOW' }, { occurrencesThreshold: 100, severity: 'HIGH' }],
      tags: { team: 'hr' },
    };
    const cfg = await parseConfig({ customDataIdentifiers: [request] });
    expect(cfg.customDataIdentifiers).toEqual([request]);
  });
});

describe('custom data identifiers and detectors.only / detectors.disable', () => {
  const text = 'mail jane.doe@example.com staff: EMP-123456\n';
  const custom = [employee, { name: 'Ticket', regex: 'T-\\d{4}' }];
  it('disable names a custom identifier by type or id; only restricts them when it names one', async () => {
    const typesOf = async (detectors: object) =>
      (await scanFiles({ 'a.txt': `${text}T-1234\n` }, { customDataIdentifiers: custom, detectors })).findings.map((f) => f.type);
    expect(await typesOf({})).toEqual(['EMAIL_ADDRESS', 'EMPLOYEE_ID', 'TICKET']);
    expect(await typesOf({ disable: ['EMPLOYEE_ID'] })).toEqual(['EMAIL_ADDRESS', 'TICKET']);
    expect(await typesOf({ disable: ['custom-ticket', 'email-address'] })).toEqual(['EMPLOYEE_ID']);
    expect(await typesOf({ only: ['email-address'] })).toEqual(['EMAIL_ADDRESS', 'EMPLOYEE_ID', 'TICKET']);
    expect(await typesOf({ only: ['TICKET'] })).toEqual(['TICKET']);
    await expect(typesOf({ disable: ['NO_SUCH_THING'] })).rejects.toThrow(/unknown detector "NO_SUCH_THING"/);
  });
});

describe('custom data identifiers through the worker pool', () => {
  it('are found by worker threads (-j 2, more than 32 MiB of input)', async () => {
    const sub = join(dir, 'pool');
    mkdirSync(sub);
    const filler = 'lorem ipsum dolor sit amet, nothing to report on this line at all\n'.repeat(33_000);
    for (let i = 0; i < 8; i++) writeFileSync(join(sub, `f${i}.txt`), `${filler}staff: EMP-${100000 + i}\n${filler}`);
    writeFileSync(
      join(sub, 'pii-guard.config.json'),
      JSON.stringify({ customDataIdentifiers: [employee], ignorePaths: ['pii-guard.config.json'] }),
    );
    let out = '';
    const io: CliIO = { stdout: (s) => void (out += s), stderr: () => {}, stdoutTTY: false, stderrTTY: false, cwd: sub };
    const code = await main(['scan', '.', '-f', 'json', '-j', '2'], io);
    const doc = JSON.parse(out);
    expect(doc.summary.bytes).toBeGreaterThan(32 << 20);
    expect(doc.summary.threads).toBe(2);
    expect(code).toBe(1);
    expect(doc.findings.map((f: Finding) => [f.type, f.customName, f.line]).sort()).toEqual(
      Array.from({ length: 8 }, () => ['EMPLOYEE_ID', 'Employee ID', 33_001]),
    );
  }, 60_000);
});

describe('custom data identifiers in scanText', () => {
  it('names the custom identifier in each finding', async () => {
    const config = await parseConfig({ customDataIdentifiers: [{ name: 'Employee ID', regex: 'EMP-[0-9]{6}' }] });
    expect(scanText('badge EMP-123456 issued', { config })).toMatchObject([{ type: 'EMPLOYEE_ID', customName: 'Employee ID', text: 'EMP-123456' }]);
  });
});
