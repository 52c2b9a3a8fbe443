import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../detectors/index.js';
import { formatResult, reporterNames } from '../src/reporters/index.js';
import type { ScanResult } from '../src/types.js';

/** A fixed result: two files with findings, one skipped binary, one missing path. */
const result: ScanResult = {
  findings: [
    {
      type: 'CREDIT_CARD_NUMBER', detector: 'credit-card-number', category: 'FINANCIAL_INFORMATION', macie: true, severity: 'high',
      confidence: 'high', file: 'exports/customers.csv', line: 2, col: 53, byteStart: 160, byteEnd: 179,
      masked: '**** **** **** 6467', fingerprint: '1f0b7c2d9e8a4b6c5d3e2f1a0b9c8d7e', keyword: 'card',
    },
    {
      type: 'EMAIL_ADDRESS', detector: 'email-address', category: 'PERSONAL_INFORMATION', macie: false, severity: 'low',
      confidence: 'high', file: 'logs/app.log', line: 4, col: 64, byteStart: 402, byteEnd: 422,
      masked: '****.***@*******.com', fingerprint: '9a8b7c6d5e4f30211203f4e5d6c7b8a9',
    },
  ],
  files: [
    { file: 'exports/customers.csv', status: { code: 'COMPLETE', reason: null }, bytes: 640, encoding: 'utf-8', counts: { CREDIT_CARD_NUMBER: 1 } },
    { file: 'logs/app.log', status: { code: 'COMPLETE', reason: null }, bytes: 1200, encoding: 'utf-8', counts: { EMAIL_ADDRESS: 1 } },
    { file: 'assets/logo.png', status: { code: 'SKIPPED', reason: 'UNSUPPORTED_FILE_TYPE_EXCEPTION', message: 'binary content (NUL bytes)' }, bytes: 5120, encoding: 'binary', counts: {} },
    { file: 'missing.txt', status: { code: 'SKIPPED', reason: 'FILE_NOT_FOUND', message: 'no such file, folder or glob match' }, bytes: 0, counts: {} },
  ],
  summary: {
    files: 4, bytes: 6960, findings: 2, byType: { CREDIT_CARD_NUMBER: 1, EMAIL_ADDRESS: 1 },
    byStatus: { COMPLETE: 2, PARTIAL: 0, SKIPPED: 2 }, durationMs: 12, threads: 1,
  },
};
const ext = { table: 'txt', json: 'json', jsonl: 'jsonl', sarif: 'sarif' } as const;

describe('reporters', () => {
  it.each(reporterNames)('%s matches its golden file', async (name) => {
    const out = formatResult(result, name, { detectors: builtinDetectors });
    await expect(out).toMatchFileSnapshot(`./fixtures/reporters/basic.${ext[name]}`);
  });

  it.each(reporterNames)('%s shows every file that was not fully scanned', (name) => {
    const out = formatResult(result, name, { detectors: builtinDetectors });
    expect(out).toContain('assets/logo.png');
    expect(out).toContain('FILE_NOT_FOUND');
  });

  it.each(reporterNames)('%s never contains a raw value unless the finding carries one', (name) => {
    const raw = '4539 1488 0343 6467';
    expect(formatResult(result, name, { detectors: builtinDetectors })).not.toContain(raw);
    const shown = { ...result, findings: result.findings.map((f, i) => (i === 0 ? { ...f, text: raw } : f)) };
    expect(formatResult(shown, name, { detectors: builtinDetectors })).toContain(raw);
  });

  it('jsonl has one object per finding with the contract fields, then file lines', () => {
    const lines = formatResult(result, 'jsonl', { detectors: builtinDetectors }).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.kind === 'finding')).toHaveLength(2);
    for (const f of lines.filter((l) => l.kind === 'finding')) {
      for (const k of ['type', 'category', 'severity', 'file', 'line', 'col', 'byteStart', 'byteEnd']) expect(f).toHaveProperty(k);
    }
    expect(lines.filter((l) => l.kind === 'file').map((l) => l.reason)).toEqual(['UNSUPPORTED_FILE_TYPE_EXCEPTION', 'FILE_NOT_FOUND']);
  });

  it('sarif is valid against the SARIF 2.1.0 schema, with value-free stable fingerprints', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    const log = JSON.parse(formatResult(result, 'sarif', { detectors: builtinDetectors }));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const results = log.runs[0].results;
    expect(results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['piiGuard/v1'])).toEqual(result.findings.map((f) => f.fingerprint));
    expect(results[0].locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 53, byteOffset: 160, byteLength: 19 });
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['CREDIT_CARD_NUMBER', 'EMAIL_ADDRESS']);
  });
});
