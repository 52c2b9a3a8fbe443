import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAllow, MAX_WORDS } from '../src/allow.js';
import { loadConfig, parseConfig } from '../src/config.js';
import { main, type CliIO } from '../src/cli.js';
import { scan } from '../src/scan.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-guard-allow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = [
  'owner: jane.doe@example.com',
  'bot: build-7@ci.example.org',
  'support: Help@Example.com',
  'staff: EMP-123456',
  'staff: EMP-000000',
  '',
].join('\n');

let n = 0;
async function types(config: object, text = TEXT): Promise<string[]> {
  const sub = join(dir, `s${n++}`);
  mkdirSync(sub);
  writeFileSync(join(sub, 'a.txt'), text);
  const r = await scan({ paths: ['a.txt'], cwd: sub, config: await parseConfig(config, 'config', sub), concurrency: 1, showValues: true });
  return r.findings.map((f) => f.text!);
}

const employee = { name: 'Employee ID', regex: 'EMP-\\d{6}', keywords: ['staff'] };

describe('allow lists: Macie CreateAllowList shapes', () => {
  it('baseline: everything is found without allow lists', async () => {
    expect(await types({ customDataIdentifiers: [employee] })).toEqual([
      'jane.doe@example.com',
      'build-7@ci.example.org',
      'Help@Example.com',
      'EMP-123456',
      'EMP-000000',
    ]);
  });

  it('regex criteria: a match is ignored only when the whole of it matches', async () => {
    const cfg = {
      customDataIdentifiers: [employee],
      allowLists: [
        { name: 'CI bots', criteria: { regex: 'build-\\d+@ci\\.example\\.org' } },
        { name: 'substring only', criteria: { regex: 'example' } },
        { name: 'test staff', description: 'placeholder ids', criteria: { regex: 'EMP-0{6}' } },
      ],
    };
    expect(await types(cfg)).toEqual(['jane.doe@example.com', 'Help@Example.com', 'EMP-123456']);
  });

  it('words file criteria: exact complete entries, case-insensitive, path relative to the config file', async () => {
    const sub = join(dir, 'words');
    mkdirSync(sub);
    writeFileSync(join(sub, 'allowed.txt'), 'help@example.com\r\nEMP-123456  \n\njane.doe@example\n');
    writeFileSync(join(sub, 'a.txt'), TEXT);
    writeFileSync(
      join(sub, 'pii-guard.config.json'),
      JSON.stringify({ customDataIdentifiers: [employee], allowLists: [{ name: 'known', criteria: { wordsFile: 'allowed.txt' } }] }),
    );
    const config = await loadConfig(join(sub, 'pii-guard.config.json'), '/');
    expect(config.allowLists[0]!.criteria.wordsFile).toBe(join(sub, 'allowed.txt'));
    const r = await scan({ paths: ['a.txt'], cwd: sub, config, concurrency: 1, showValues: true });
    // "jane.doe@example" is only part of a value: not allowed.
    expect(r.findings.map((f) => f.text)).toEqual(['jane.doe@example.com', 'build-7@ci.example.org', 'EMP-000000']);
  });

  it('merges allowLists with allow.values and allow.regexes', async () => {
    const cfg = {
      customDataIdentifiers: [employee],
      allow: { values: ['JANE.DOE@EXAMPLE.COM'], regexes: ['(?i)help@example\\.com'] },
      allowLists: [{ name: 'staff', criteria: { regex: 'EMP-\\d+' } }],
    };
    expect(await types(cfg)).toEqual(['build-7@ci.example.org']);
  });

  it('applies to custom identifier matches and to built-in ones alike', async () => {
    const cfg = { customDataIdentifiers: [employee], allow: { values: ['EMP-123456', 'build-7@ci.example.org'], regexes: [] } };
    expect(await types(cfg)).toEqual(['jane.doe@example.com', 'Help@Example.com', 'EMP-000000']);
  });
});

describe('allow lists: config errors', () => {
  it('says S3 word lists are not supported yet', async () => {
    await expect(parseConfig({ allowLists: [{ name: 'S3 list', criteria: { s3WordsList: { bucketName: 'b', objectKey: 'k.txt' } } }] })).rejects.toThrow(
      /allowLists\.0\.criteria\.s3WordsList: allow list "S3 list": S3 word lists are not supported yet; .*criteria\.wordsFile/,
    );
  });
  it('needs exactly one kind of criteria', async () => {
    await expect(parseConfig({ allowLists: [{ name: 'both', criteria: { regex: 'a', wordsFile: 'x.txt' } }] })).rejects.toThrow(/exactly one of/);
    await expect(parseConfig({ allowLists: [{ name: 'none', criteria: {} }] })).rejects.toThrow(/exactly one of/);
  });
  it('rejects regexes RE2 cannot run or longer than 512 characters', async () => {
    await expect(parseConfig({ allowLists: [{ name: 'look', criteria: { regex: 'a(?!b)' } }] })).rejects.toThrow(/allow list "look": regex uses look-ahead/);
    await expect(parseConfig({ allowLists: [{ name: 'long', criteria: { regex: 'a'.repeat(513) } }] })).rejects.toThrow(/allowLists\.0\.criteria\.regex/);
    await expect(parseConfig({ allow: { regexes: ['(x)\\1'] } })).rejects.toThrow(/allow\.regexes\.0: not a valid regular expression for RE2: the pattern uses a backreference/);
  });
  it('rejects a missing words file and one with more than 100,000 entries', async () => {
    await expect(parseConfig({ allowLists: [{ name: 'gone', criteria: { wordsFile: 'no-such-file.txt' } }] }, 'config', dir)).rejects.toThrow(
      /allow list "gone": cannot use words file .*no-such-file\.txt/,
    );
    const big = join(dir, 'big.txt');
    writeFileSync(big, Array.from({ length: MAX_WORDS + 1 }, (_, i) => `w${i}`).join('\n'));
    await expect(parseConfig({ allowLists: [{ name: 'big', criteria: { wordsFile: big } }] })).rejects.toThrow(/100001 entries; at most 100000/);
    writeFileSync(big, Array.from({ length: MAX_WORDS }, (_, i) => `w${i}`).join('\n'));
    await expect(parseConfig({ allowLists: [{ name: 'big', criteria: { wordsFile: big } }] })).resolves.toBeDefined();
  });
  it('reports config errors on the CLI with exit code 2', async () => {
    const sub = join(dir, 'cli');
    mkdirSync(sub);
    writeFileSync(join(sub, 'pii-guard.config.json'), JSON.stringify({ allowLists: [{ name: 'S3', criteria: { s3WordsList: { bucketName: 'b', objectKey: 'k' } } }] }));
    let err = '';
    const io: CliIO = { stdout: () => {}, stderr: (s) => void (err += s), stdoutTTY: false, stderrTTY: false, cwd: sub };
    expect(await main(['scan', '.'], io)).toBe(2);
    expect(err).toMatch(/S3 word lists are not supported yet/);
  });
});

describe('allow regexes run on RE2', () => {
  it('full-match semantics, linear time on an adversarial value', () => {
    const allowed = compileAllow([], ['(a+)+$', 'x.*y'])!;
    expect(allowed('aaaa')).toBe(true);
    expect(allowed('aaab')).toBe(false);
    expect(allowed('x-y')).toBe(true);
    expect(allowed('x-y-z')).toBe(false);
    const evil = 'a'.repeat(100_000) + 'b';
    const t0 = performance.now();
    expect(allowed(evil)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('matches values as UTF-8 text (values reach it as byte strings)', () => {
    const allowed = compileAllow(['MÜLLER@EXAMPLE.DE'], ['z.rich'])!;
    const bytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    expect(allowed(bytes('müller@example.de'))).toBe(true);
    expect(allowed(bytes('zürich'))).toBe(true); // "." is one character, not one byte
  });
  it('keeps accepting RegExp objects in the library API (their source runs on RE2)', () => {
    const allowed = compileAllow([], [/bot-\d+@ci\.example\.org/, /EXAMPLE/i])!;
    expect(allowed('bot-12@ci.example.org')).toBe(true);
    expect(allowed('example')).toBe(true);
    expect(allowed('bot-12@ci.example.org.evil')).toBe(false);
  });
});
