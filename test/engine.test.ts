import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../detectors/index.js';
import { defineDetector } from '../src/define.js';
import { createEngine } from '../src/engine.js';
import { compileKeywords } from '../src/keywords.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan, scanText } from '../src/scan.js';
import { defaultConfig, parseConfig } from '../src/config.js';
import { DetectorDefinitionError } from '../src/errors.js';

const byId = (id: string) => builtinDetectors.find((d) => d.id === id)!;
const values = (text: string, id: string, minConfidence: 'low' | 'medium' = 'medium') =>
  createEngine([byId(id)], { minConfidence })
    .detect(text)
    .map((m) => [text.slice(m.start, m.end), m.type, m.confidence]);

describe('keyword rule (Macie)', () => {
  const kw = compileKeywords(['secret access key', 'ssn', 'card']);
  it('matches case-insensitively, with _ - or nothing for a space', () => {
    for (const t of ['SECRET ACCESS KEY', 'secret_access_key', 'Secret-Access-Key', 'SecretAccessKey']) {
      expect(kw.near(`${t} = X`, t.length + 3, t.length + 4, 30)).toBeDefined();
    }
  });
  it('counts a keyword within 30 characters on either side, not further', () => {
    const v = '536-22-8726';
    const before = (gap: number) => `ssn${' '.repeat(gap)}${v}`;
    expect(kw.near(before(30), 33, 33 + v.length, 30)).toBe('ssn');
    expect(kw.near(before(31), 34, 34 + v.length, 30)).toBeUndefined();
    const after = `${v}${' '.repeat(30)}ssn`;
    expect(kw.near(after, 0, v.length, 30)).toBe('ssn');
  });
  it('needs the keyword to stand as a word, camelCase and snake_case parts included', () => {
    expect(kw.inLabel('cardNumber')).toBe('card');
    expect(kw.inLabel('DEFAULT_SSN')).toBe('SSN');
    expect(kw.inLabel('credit cards')).toBe('card');
    expect(kw.inLabel('discarded')).toBeUndefined();
    expect(kw.inLabel('lessn')).toBeUndefined();
  });
  it('folds the case of accented letters too ("NÚMERO" is "número")', () => {
    const es = compileKeywords(['número de afiliación', 'führerschein']);
    const bytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    for (const label of ['NÚMERO DE AFILIACIÓN', 'Número de afiliación', 'número_de_afiliación']) {
      expect(es.inLabel(label)).toBeDefined();
    }
    expect(es.near(bytes('FÜHRERSCHEIN: B072RRE2I55'), 14, 25, 30)).toBe(bytes('FÜHRERSCHEIN'));
    expect(es.inLabel('NUMERO DE AFILIACION')).toBeUndefined(); // no accent where the keyword has one: another word
  });
  it('folds Cyrillic and Greek letters, whose cases differ in more than the last UTF-8 byte', () => {
    const kw = compileKeywords(['шофьорска книжка', 'άδεια οδήγησης']);
    for (const label of ['ШОФЬОРСКА КНИЖКА', 'Шофьорска книжка', 'шофьорска книжка', 'ΆΔΕΙΑ ΟΔΉΓΗΣΗΣ', 'Άδεια Οδήγησης']) {
      expect(kw.inLabel(label)).toBeDefined();
    }
  });
  it('does not count a keyword that is a fragment of a hash or base64 token', () => {
    // A package manifest line: path, base64 digest, size. "Ssn" is a camelCase part of the digest.
    const record = 'pkg/util.py,sha256=Qx7bR2kLmv9SsnZVRpt5F9Y8wE1hTq,1023';
    expect(kw.near(record, record.length - 4, record.length, 30)).toBeUndefined();
    expect(kw.inLabel('Zq8vSsnT4kW2pX9mRb7n')).toBeUndefined();
    // camelCase and snake_case names, and words next to digits, still count.
    expect(kw.inLabel('customerSsnNumber2')).toBe('Ssn');
    expect(kw.inLabel('getSsnForUserV2Cache')).toBe('Ssn');
    expect(kw.inLabel('SSN4f9A2bC7dE1x')).toBe('SSN'); // 15 characters: too short to judge
    expect(kw.inLabel('ssn_2024_backup_copy_01')).toBe('ssn');
    expect(kw.near('ssn 536-22-8726', 4, 15, 30)).toBe('ssn');
  });
});

describe('engine', () => {
  it('reports a card with a keyword as CREDIT_CARD_NUMBER, without as _(NO_KEYWORD)', () => {
    expect(values('visa 4539 1488 0343 6467', 'credit-card-number')).toEqual([['4539 1488 0343 6467', 'CREDIT_CARD_NUMBER', 'high']]);
    expect(values('ref 4539 1488 0343 6467', 'credit-card-number')).toEqual([['4539 1488 0343 6467', 'CREDIT_CARD_NUMBER_(NO_KEYWORD)', 'high']]);
  });
  it('keeps a keyword-less SSN only at low confidence, and only in the dashed form', () => {
    expect(values('id 536-22-8726', 'usa-social-security-number')).toEqual([]);
    expect(values('id 536-22-8726', 'usa-social-security-number', 'low')).toEqual([['536-22-8726', 'USA_SOCIAL_SECURITY_NUMBER', 'low']]);
    expect(values('id 536228726', 'usa-social-security-number', 'low')).toEqual([]);
    expect(values('SSN: 536228726', 'usa-social-security-number')).toEqual([['536228726', 'USA_SOCIAL_SECURITY_NUMBER', 'high']]);
  });
  it('accepts a phone number without a country code only next to a keyword (or strongly formatted NANP, at medium)', () => {
    expect(values('ticket 415 555 0132', 'phone-number')).toEqual([]);
    expect(values('ticket (415) 555-0132', 'phone-number')).toEqual([['(415) 555-0132', 'PHONE_NUMBER', 'medium']]);
    expect(values('phone: (415) 555-0132', 'phone-number')).toEqual([['(415) 555-0132', 'PHONE_NUMBER', 'high']]);
    expect(values('reach +44 20 7946 0958', 'phone-number')).toEqual([['+44 20 7946 0958', 'UK_PHONE_NUMBER', 'high']]);
  });
  it('finds AWS secret keys only near their keyword (keyword-first search)', () => {
    const key = 'Tq9xV2mLr8Kp3Zb7Wc1Nd5Hf0Gj4Ys6Ua2Qe8Ri0';
    const far = `aws_secret_access_key is set below${' '.repeat(40)}${key}`;
    expect(values(far, 'aws-credentials')).toEqual([]);
    expect(values(`export AWS_SECRET_ACCESS_KEY="${key}"`, 'aws-credentials')).toEqual([[key, 'AWS_CREDENTIALS', 'high']]);
  });
  it('lets a column header or JSON path element satisfy the keyword rule', () => {
    const engine = createEngine([byId('usa-social-security-number')]);
    expect(engine.detect('536228726')).toEqual([]);
    expect(engine.detect('536228726', 0, 9, { labels: ['customer', 'ssn'] }).map((m) => m.type)).toEqual(['USA_SOCIAL_SECURITY_NUMBER']);
  });
  it('reports IBANs under the country identifier Macie uses, others as an extra', () => {
    expect(values('pay GB29 NWBK 6016 1331 9268 19', 'iban')).toEqual([['GB29 NWBK 6016 1331 9268 19', 'UK_BANK_ACCOUNT_NUMBER', 'high']]);
    expect(values('pay BE68539007547034', 'iban')).toEqual([['BE68539007547034', 'INTERNATIONAL_BANK_ACCOUNT_NUMBER', 'high']]);
  });
  it('applies allow lists: exact values case-insensitively, regexes as full matches', () => {
    const det = byId('email-address');
    const text = 'a: ops@example.com b: Jane.Doe@Example.com c: bot-7@ci.example.org';
    const engine = createEngine([det], { allowValues: ['jane.doe@example.com'], allowPatterns: [/bot-\d+@ci\.example\.org/, /example/] });
    expect(engine.detect(text).map((m) => text.slice(m.start, m.end))).toEqual(['ops@example.com']);
  });
  it('finds keyword-optional matches the same way alone and among all detectors, at each confidence', () => {
    // At medium a keyword-less SSN cannot be kept, so the engine looks near keywords only (shared gate).
    const text = `id 536-22-8726 here\n${'x'.repeat(200)} ssn: 536-22-8727 and SSN 536228728`;
    for (const min of ['low', 'medium'] as const) {
      const alone = values(text, 'usa-social-security-number', min);
      const all = createEngine(builtinDetectors, { minConfidence: min })
        .detect(text)
        .filter((m) => m.detector.id === 'usa-social-security-number')
        .map((m) => [text.slice(m.start, m.end), m.type, m.confidence]);
      expect(all).toEqual(alone);
      expect(alone.map((v) => v[0])).toEqual(min === 'low' ? ['536-22-8726', '536-22-8727', '536228728'] : ['536-22-8727', '536228728']);
    }
  });
  it('finds keywords at word starts and camelCase parts through the shared gate, not inside words', () => {
    const all = createEngine(builtinDetectors);
    const ssn = (text: string) => all.detect(text).filter((m) => m.type === 'USA_SOCIAL_SECURITY_NUMBER').map((m) => text.slice(m.start, m.end));
    expect(ssn('userSsn=536-22-8726')).toEqual(['536-22-8726']);
    expect(ssn('x_SSN: 536-22-8726; ssn 536228727')).toEqual(['536-22-8726', '536228727']);
    // "lessn" ends in "ssn" and "sssn" holds it one letter in: no keyword either way.
    expect(ssn('lessn 536-22-8726 sssn 536-22-8727')).toEqual([]);
  });
  it('runs a detector only when one of its prefilter strings is in the text; shared and nested strings are looked for once', () => {
    const det = (id: string, prefilter: string[]) =>
      defineDetector({
        id,
        type: id.toUpperCase().replace(/-/g, '_'),
        macie: false,
        category: 'CREDENTIALS',
        severity: ['high', 'high', 'high'],
        description: 'test',
        pattern: /KEY\d/g,
        prefilter,
        examples: { match: ['KEY1', 'KEY2'], noMatch: ['x', 'y'] },
      });
    const engine = createEngine([det('short', ['-----BEGIN ']), det('long', ['-----BEGIN PGP']), det('either', ['zz', '-----BEGIN '])]);
    const found = (text: string) => engine.detect(text).map((m) => m.detector.id).sort();
    expect(found('KEY1')).toEqual([]);
    expect(found('-----BEGIN X KEY1')).toEqual(['either', 'short']);
    expect(found('-----BEGIN PGP KEY1')).toEqual(['either', 'long', 'short']);
    expect(found('zz KEY1')).toEqual(['either']);
  });
  it('drops a match that lies inside a longer match of another detector', () => {
    const engine = createEngine([byId('credit-card-number'), byId('phone-number')], { minConfidence: 'low' });
    const text = 'card 4539 1488 0343 6467';
    expect(engine.detect(text).map((m) => m.type)).toEqual(['CREDIT_CARD_NUMBER']);
  });
});

describe('defineDetector', () => {
  const base = {
    id: 'x-test',
    type: 'X_TEST',
    macie: false,
    category: 'PERSONAL_INFORMATION' as const,
    severity: ['low', 'low', 'low'] as const,
    description: 'test',
    pattern: /x/g,
    examples: { match: ['x', 'x'], noMatch: ['y', 'z'] },
  };
  it('accepts a well-formed detector', () => {
    expect(defineDetector(base).id).toBe('x-test');
  });
  it.each([
    ['a non-kebab id', { id: 'X_Test' }],
    ['a pattern without g', { pattern: /x/ }],
    ['both pattern and find', { find: () => [] }],
    ['too few examples', { examples: { match: ['x'], noMatch: ['y', 'z'] } }],
  ])('rejects %s with a DetectorDefinitionError', (_name, patch) => {
    expect(() => defineDetector({ ...base, ...patch } as never)).toThrow(DetectorDefinitionError);
  });
});

describe('scanText', () => {
  it('returns UTF-16 positions, lines and columns in the given string', () => {
    const text = 'Zürich 東京\nmail ünï jane.doe@example.com';
    const [f] = scanText(text);
    expect(f).toMatchObject({ type: 'EMAIL_ADDRESS', line: 2, col: 10, text: 'jane.doe@example.com' });
    expect(text.slice(f!.start, f!.end)).toBe('jane.doe@example.com');
    expect(f!.byteStart).toBe(Buffer.byteLength(text.slice(0, f!.start)));
  });
});

describe('config', () => {
  it('defaults without zod equal the schema defaults', async () => {
    expect(await parseConfig({})).toEqual(defaultConfig());
  });
  it('names each bad path in its error', async () => {
    await expect(parseConfig({ allow: { regexes: ['ok', '(unclosed'] }, minConfidence: 'sure', extra: 1 })).rejects.toThrow(
      /allow\.regexes\.1: not a valid regular expression[\s\S]*minConfidence[\s\S]*extra/,
    );
  });
});

describe('aws-credentials in configuration syntax', () => {
  it.each(['AWS_SECRET_ACCESS_KEY=', 'aws_secret_access_key = ', 'SecretAccessKey: "', '<SecretKey>'])('finds the key after %s', (prefix) => {
    const key = 'Tq9xV2mLr8Kp3Zb7Wc1Nd5Hf0Gj4Ys6Ua2Qe8Ri0';
    expect(values(`${prefix}${key}\n`, 'aws-credentials')).toEqual([[key, 'AWS_CREDENTIALS', 'high']]);
  });
});

describe('credit-card-number issuers', () => {
  it('accepts 12-digit Maestro numbers only next to a card keyword', () => {
    expect(values('card 630427373398', 'credit-card-number')).toEqual([['630427373398', 'CREDIT_CARD_NUMBER', 'high']]);
    expect(values('order 630427373398', 'credit-card-number')).toEqual([]);
  });
  it('accepts legacy 15-digit JCB numbers (1800, 2131)', () => {
    expect(values('ref 180016070420458', 'credit-card-number')).toEqual([['180016070420458', 'CREDIT_CARD_NUMBER_(NO_KEYWORD)', 'high']]);
  });
});

describe('phone-number: NANP by structure', () => {
  it.each(['(415) 555-0132', '415-555-0132', '415.555.0132', '+1 415 555 0132', '+1-415-555-0132', '+14155550132', '1-415-555-0132'])('accepts %s next to a keyword', (v) => {
    expect(values(`phone: ${v}`, 'phone-number')).toEqual([[v, 'PHONE_NUMBER', 'high']]);
  });
  it.each(['(115) 555-0132', '115-555-0132', '(411) 555-0132'])('rejects %s next to a keyword (area code rules)', (v) => {
    expect(values(`phone: ${v}`, 'phone-number', 'low')).toEqual([]);
  });
  it.each(['415-911-0132', '415-155-0132'])('reports %s (an unassigned exchange) next to a keyword at medium only', (v) => {
    expect(values(`phone: ${v}`, 'phone-number', 'low')).toEqual([[v, 'PHONE_NUMBER', 'medium']]);
    expect(values(`ticket ${v}`, 'phone-number', 'low')).toEqual([]);
  });
  it('judges other groupings of 10 digits as a phone-shaped number next to a keyword, not as NANP', () => {
    expect(values('phone: 41-5555-0132', 'phone-number', 'low')).toEqual([['41-5555-0132', 'PHONE_NUMBER', 'medium']]);
    expect(values('order 41-5555-0132', 'phone-number', 'low')).toEqual([]);
  });
});

describe('phone-number: written forms', () => {
  it.each([
    ['Fax: 345-899-3560x4587', '345-899-3560x4587'],
    ['Desk: +1-903-240-4508 ext. 769', '+1-903-240-4508 ext. 769'],
    ['Fax: 9498777106', '9498777106'],
    ['fax +46 (0)8 928 571 38', '+46 (0)8 928 571 38'],
  ])('finds the number in %s', (text, value) => {
    expect(values(text, 'phone-number').map((v) => v[0])).toEqual([value]);
  });
  it('ignores 10 bare digits without a keyword, and epoch seconds even with one', () => {
    expect(values('order 9498777106 shipped', 'phone-number', 'low')).toEqual([]);
    expect(values('contact at 1709251200', 'phone-number', 'low')).toEqual([]);
  });
});

describe('usa-social-security-number separators', () => {
  it.each(['536-22-8726', '536 22 8726', '536.22.8726', '536228726'])('finds %s after its keyword', (v) => {
    expect(values(`social security number: ${v}`, 'usa-social-security-number')).toEqual([[v, 'USA_SOCIAL_SECURITY_NUMBER', 'high']]);
  });
  it('does not take a version or an IP-like dotted number for an SSN', () => {
    expect(values('ssn 10.536.22.8726', 'usa-social-security-number', 'low')).toEqual([]);
  });
});

describe('one value, several single-country detectors', () => {
  const passports = createEngine(['usa-passport-number', 'uk-passport-number', 'italy-passport-number'].map(byId));
  const types = (text: string): string[] => passports.detect(text).map((m) => `${text.slice(m.start, m.end)} ${m.type}`);
  it.each([
    ['UK passport number 123456789', ['123456789 UK_PASSPORT_NUMBER']],
    ['US passport 123456789', ['123456789 USA_PASSPORT_NUMBER']],
    ['British passport no 123456789', ['123456789 UK_PASSPORT_NUMBER']],
    ['Italian passport YA1234567', ['YA1234567 ITALY_PASSPORT_NUMBER']],
  ])('keeps the country named before it: %j', (text, expected) => {
    expect(types(text)).toEqual(expected);
  });
  it.each([
    ['passport: 123456789', ['123456789 UK_PASSPORT_NUMBER', '123456789 USA_PASSPORT_NUMBER']],
    ['French passport 123456789', ['123456789 UK_PASSPORT_NUMBER', '123456789 USA_PASSPORT_NUMBER']],
  ])('keeps all when no country, or another one, is named: %j', (text, expected) => {
    expect(types(text).sort()).toEqual(expected);
  });
});

describe('accented keywords in capitals, end to end', () => {
  it('reports the keyword as text, not as its UTF-8 bytes, in file findings (text and CSV header)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pii-kw-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'NÚMERO DE AFILIACIÓN: 21/30246633/48\n');
      writeFileSync(join(dir, 'b.csv'), 'id,número de afiliación\n1,21/30246633/48\n');
      const r = await scan({ paths: [dir], config: defaultConfig() });
      expect(r.findings.map((f) => [f.file.slice(dir.length + 1), f.keyword])).toEqual([
        ['a.txt', 'NÚMERO DE AFILIACIÓN'],
        ['b.csv', 'número de afiliación'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('finds a Spanish social security number under "NÚMERO DE AFILIACIÓN" as under the lower-case form', () => {
    for (const label of ['NÚMERO DE AFILIACIÓN', 'Número de afiliación']) {
      const found = scanText(`${label}: 21/30246633/48`).filter((f) => f.type === 'SPAIN_SOCIAL_SECURITY_NUMBER');
      expect(found.map((f) => [f.text, f.keyword?.toLowerCase()])).toEqual([['21/30246633/48', 'número de afiliación']]);
    }
  });
});

describe('Cyrillic and Greek keywords in capitals, and country names, end to end', () => {
  const dl = (text: string) => scanText(text).filter((f) => f.type.endsWith('DRIVERS_LICENSE')).map((f) => [f.type, f.text]);
  it('finds a licence number under a capitalised Greek or Bulgarian keyword, as under the lower-case one', () => {
    for (const kw of ['ΑΔΕΙΑ ΟΔΗΓΗΣΗΣ:', 'Άδεια οδήγησης:']) expect(dl(`${kw} 482913756`)).toEqual([['GREECE_DRIVERS_LICENSE', '482913756']]);
    for (const kw of ['ШОФЬОРСКА КНИЖКА', 'шофьорска книжка']) expect(dl(`${kw} 482913756`)).toEqual([['BULGARIA_DRIVERS_LICENSE', '482913756']]);
  });
  it('keeps only the licence of the country named before it (not also the US shape)', () => {
    expect(dl("Lithuanian driver's licence 58203917")).toEqual([['LITHUANIA_DRIVERS_LICENSE', '58203917']]);
    expect(dl('Cypriot driving licence 482913756012')).toEqual([['CYPRUS_DRIVERS_LICENSE', '482913756012']]);
  });
});
