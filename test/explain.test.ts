import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/cli.js';
import { parseConfig } from '../src/config.js';
import { scan } from '../src/scan.js';
import type { Explanation, Finding } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-guard-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const employee = { name: 'Employee ID', regex: 'EMP-\\d{6}', keywords: ['staff'], maximumMatchDistance: 30 };

beforeAll(() => {
  writeFileSync(join(dir, 'notes.txt'), 'owner: jane.doe@example.com\nSSN:  536-22-8726\nstaff:   EMP-123456\n');
  writeFileSync(join(dir, 'people.csv'), 'name,ssn\nJane,536-22-8726\n');
  writeFileSync(join(dir, 'doc.json'), '{"customer":{"ssn":"536-22-8726"},"staff":["EMP-654321"]}');
  writeFileSync(join(dir, 'pii-guard.config.json'), JSON.stringify({ customDataIdentifiers: [employee], ignorePaths: ['pii-guard.config.json'] }));
});

async function findings(file: string, explain = true): Promise<Finding[]> {
  const config = await parseConfig({ customDataIdentifiers: [employee] });
  return (await scan({ paths: [file], cwd: dir, config, concurrency: 1, explain })).findings;
}

async function cli(args: string[]): Promise<string> {
  let out = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: () => {}, stdoutTTY: false, stderrTTY: false, cwd: dir };
  await main(args, io);
  return out;
}

describe('explain', () => {
  it('says detector, pattern, validation, keyword and its distance, confidence and the severity rule', async () => {
    const [email, ssn, emp] = await findings('notes.txt');
    expect(email!.explain).toMatchObject({
      detector: 'email-address',
      pattern: 'find function of detectors/email-address.ts',
      validation: 'RFC 5321 lengths, domain labels, alphabetic or punycode (xn--) TLD',
      keywordRule: 'none',
      confidence: 'high',
    });
    expect(email!.explain!.keyword).toBeUndefined();
    expect(ssn!.explain).toMatchObject({
      detector: 'usa-social-security-number',
      validation: 'area 001–899 except 666, group 01–99, serial 0001–9999',
      keyword: 'SSN',
      keywordIn: 'text',
      keywordDistance: 3, // "SSN" then ":  " then the value
      keywordRule: 'required',
      confidence: 'high',
      severity: '1 occurrence of USA_SOCIAL_SECURITY_NUMBER in the file → high (Macie table for 1 / 2–99 / 100+: high/high/high)',
    });
    expect(ssn!.explain!.pattern).toMatch(/^\/.+\/g[a-z]*$/);
    // Custom identifiers: distance from the end of the keyword to the end of the match (":   " + 10).
    expect(emp!.explain).toMatchObject({
      detector: 'custom-employee-id',
      pattern: 'RE2 /EMP-\\d{6}/',
      keyword: 'staff',
      keywordIn: 'text',
      keywordDistance: 14,
      keywordRule: 'required',
      severity: '1 occurrence of EMPLOYEE_ID in the file → medium (custom identifier thresholds)',
    });
  });

  it('names the column header that supplied the keyword', async () => {
    const [f] = await findings('people.csv');
    expect(f!.explain).toMatchObject({ keyword: 'ssn', keywordIn: 'column header', label: 'ssn' });
    expect(f!.explain!.keywordDistance).toBeUndefined();
  });

  it('names the JSON path element that supplied the keyword', async () => {
    const fs = await findings('doc.json');
    expect(fs.map((f) => [f.jsonPath, f.explain!.keywordIn, f.explain!.label])).toEqual([
      ['$.customer.ssn', 'JSON path', 'ssn'],
      ['$.staff[0]', 'JSON path', 'staff'],
    ]);
  });

  it('is absent without the option', async () => {
    expect((await findings('notes.txt', false)).every((f) => f.explain === undefined)).toBe(true);
    const out = JSON.parse(await cli(['scan', 'notes.txt', '-f', 'json']));
    expect(out.findings.some((f: { explain?: unknown }) => f.explain)).toBe(false);
  });
});

describe('--explain in each format', () => {
  it('json: an explain object on each finding', async () => {
    const doc = JSON.parse(await cli(['scan', 'notes.txt', '-f', 'json', '--explain']));
    const e = doc.findings.map((f: { explain: Explanation }) => f.explain);
    expect(e.map((x: Explanation) => x.detector)).toEqual(['email-address', 'usa-social-security-number', 'custom-employee-id']);
    expect(doc.findings[2]).toMatchObject({ type: 'EMPLOYEE_ID', customName: 'Employee ID', category: 'CUSTOM_IDENTIFIER' });
  });

  it('jsonl: an explain object on each finding line', async () => {
    const lines = (await cli(['scan', 'people.csv', '-f', 'jsonl', '--explain'])).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].explain).toMatchObject({ detector: 'usa-social-security-number', keywordIn: 'column header', label: 'ssn' });
  });

  it('sarif: explain in the result properties', async () => {
    const log = JSON.parse(await cli(['scan', 'notes.txt', '-f', 'sarif', '--explain']));
    const results = log.runs[0].results;
    expect(results.map((r: { properties: { explain: Explanation } }) => r.properties.explain.detector)).toEqual([
      'email-address',
      'usa-social-security-number',
      'custom-employee-id',
    ]);
    expect(results[2].properties.customName).toBe('Employee ID');
    const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'EMPLOYEE_ID');
    expect(rule.properties.category).toBe('CUSTOM_IDENTIFIER');
  });

  it('table: one "why:" line under each finding', async () => {
    const out = await cli(['scan', 'notes.txt', '--explain']);
    const lines = out.split('\n');
    const why = lines.filter((l) => l.startsWith('  why: '));
    expect(why).toHaveLength(3);
    const ssnRow = lines.findIndex((l) => l.includes('USA_SOCIAL_SECURITY_NUMBER'));
    expect(lines[ssnRow + 1]).toMatch(/^ {2}why: detector usa-social-security-number; pattern \/.+; validated: area 001–899.*; keyword "SSN" 3 chars away; confidence high; 1 occurrence/);
    expect(lines.find((l) => l.includes('custom-employee-id'))).toContain('keyword "staff" 14 chars away');
    expect(await cli(['scan', 'notes.txt'])).not.toContain('why:');
  });
});
