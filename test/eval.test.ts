import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** bench/eval.mjs scores the built library (dist/) on a JSONL corpus; here a tiny hand-made one. */
const span = (text: string, value: string, type: string, extra: object = {}) => {
  const start = text.indexOf(value);
  return { type, start, end: start + value.length, value, ...extra };
};
const t1 = 'Mail bob@example.com or alice@example.org today';
const t2 = 'Contact Anna Patel about it; John is a cat';
const t3 = 'No address here: ops@example.net';
const cases = [
  // presidio-research cases are fully labelled: the second e-mail is a false alarm, the name a hit.
  { source: 'microsoft/presidio-research@x:synth#1', text: t1, entities: [span(t1, 'bob@example.com', 'EMAIL_ADDRESS')], expect: 'positive' },
  { source: 'microsoft/presidio-research@x:synth#2', text: t2, entities: [span(t2, 'Anna Patel', 'NAME'), span(t2, 'John', 'NAME')], expect: 'positive' },
  // A Presidio unit test labelled for another type only: its e-mail is "unlabelled", not a false alarm.
  { source: 'microsoft/presidio@x:tests/test_x.py::t', text: t3, entities: [], expect: 'negative', negative_for: ['CREDIT_CARD_NUMBER'] },
  // A negative for ANY: every finding is a false alarm.
  { source: 'LeapBeyond/scrubadub@x:tests/t.py::n', text: t3, entities: [], expect: 'negative', negative_for: ['ANY'] },
];

/** Runs bench/eval.mjs on these cases; returns the row named `row` of `type` (tp, fn). */
function evalRows(cases: object[], type: string): (row: string) => { tp: number; fn: number } | undefined {
  const corpus = join(mkdtempSync(join(tmpdir(), 'pii-eval-')), 'cases.jsonl');
  writeFileSync(corpus, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const out = JSON.parse(execFileSync(process.execPath, ['bench/eval.mjs', '--json', `--corpus=${corpus}`, `--types=${type}`], { encoding: 'utf8' })) as {
    types: Array<{ type: string; rows: Array<{ row: string; tp: number; fn: number }> }>;
  };
  const rows = out.types.find((t) => t.type === type)!.rows;
  return (row) => rows.find((r) => r.row === row);
}

describe('bench/eval.mjs: national IDs and Macie\'s keyword rule', () => {
  const withKw = 'my SIN is 130-692-544';
  const bare = 'ref 130 692 544';
  const sin = [
    { source: 'microsoft/presidio@x:tests/test_ca_sin.py::a', text: withKw, entities: [span(withKw, '130-692-544', 'CA_SIN')], expect: 'positive' },
    { source: 'microsoft/presidio@x:tests/test_ca_sin.py::b', text: bare, entities: [span(bare, '130 692 544', 'CA_SIN')], expect: 'positive' },
  ];
  const row = evalRows(sin, 'CA_SIN');
  it('scores CANADA_SOCIAL_INSURANCE_NUMBER against Presidio\'s CA_SIN', () => {
    expect(row('all')).toMatchObject({ tp: 1, fn: 1 });
  });
  it('puts a value with no keyword within 30 characters in its own group (Macie requires one)', () => {
    expect(row('core (no caveat group)')).toMatchObject({ tp: 1, fn: 0 });
    expect(row('no keyword within 30 characters (Macie requires one)')).toMatchObject({ tp: 0, fn: 1 });
  });
});

describe('bench/eval.mjs: IP addresses that name no host', () => {
  const texts = ['localhost 127.0.0.1', 'Broadcast 255.255.255.255', 'route ::/0 default', 'client 10.20.30.40 connected'];
  const values = ['127.0.0.1', '255.255.255.255', '::/0', '10.20.30.40'];
  const ips = texts.map((text, i) => ({ source: `microsoft/presidio@x:tests/test_ip.py::${i}`, text, entities: [span(text, values[i]!, 'IP_ADDRESS')], expect: 'positive' }));
  const row = evalRows(ips, 'IP_ADDRESS');
  it('keeps loopback, unspecified and broadcast addresses out of the core row, in a row of their own', () => {
    expect(row('all')).toMatchObject({ tp: 1, fn: 3 });
    expect(row('core (no caveat group)')).toMatchObject({ tp: 1, fn: 0 });
    expect(row('loopback, unspecified or broadcast IP (no host)')).toMatchObject({ tp: 0, fn: 3 });
  });
});

describe('bench/eval.mjs: phone numbers and Macie\'s rule (country code or keyword)', () => {
  const texts = ['09171234567', 'Call me on 0917 123 4567', '+63 917 123 4567'];
  const values = ['09171234567', '0917 123 4567', '+63 917 123 4567'];
  // Presidio's Philippine recognizer's label is scored as PHONE_NUMBER.
  const phones = texts.map((text, i) => ({ source: `microsoft/presidio@x:tests/test_ph.py::${i}`, text, entities: [span(text, values[i]!, 'PH_MOBILE_NUMBER')], expect: 'positive' }));
  const row = evalRows(phones, 'PHONE_NUMBER');
  it('puts a national number with no keyword near it in a row of its own', () => {
    expect(row('all')).toMatchObject({ tp: 2, fn: 1 });
    expect(row('core (no caveat group)')).toMatchObject({ tp: 2, fn: 0 });
    expect(row('no country code and no keyword (Macie requires one)')).toMatchObject({ tp: 0, fn: 1 });
  });
});

describe('bench/eval.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pii-eval-'));
  const corpus = join(dir, 'cases.jsonl');
  writeFileSync(corpus, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const out = execFileSync(process.execPath, ['bench/eval.mjs', '--json', `--corpus=${corpus}`, '--types=EMAIL_ADDRESS,NAME'], { encoding: 'utf8' });
  const result = JSON.parse(out) as {
    cases: number;
    config: { minConfidence: string };
    types: Array<{ type: string; rows: Array<{ row: string; tp: number; fp: number; fn: number; exact: number; precision: number | null; recall: number | null }>; unlabelledFindings: unknown[] }>;
  };
  const row = (type: string, name: string) => result.types.find((t) => t.type === type)!.rows.find((r) => r.row === name)!;

  it('reads every case and reports the config it used', () => {
    expect(result.cases).toBe(4);
    expect(result.config.minConfidence).toBe('medium');
  });
  it('counts hits, misses and false alarms only where a case is labelled for the type', () => {
    const email = row('EMAIL_ADDRESS', 'all');
    expect([email.tp, email.fp, email.fn, email.exact]).toEqual([1, 2, 0, 1]); // alice@ (synth) and ops@ (negative for ANY)
    expect(email.precision).toBeCloseTo(1 / 3);
    expect(result.types.find((t) => t.type === 'EMAIL_ADDRESS')!.unlabelledFindings).toHaveLength(1);
  });
  it('reports single first names as their own group instead of dropping them', () => {
    expect(row('NAME', 'all')).toMatchObject({ tp: 1, fn: 1, fp: 0 });
    expect(row('NAME', 'core (no caveat group)')).toMatchObject({ tp: 1, fn: 0 });
    expect(row('NAME', 'single-token name (Macie: full names only)')).toMatchObject({ tp: 0, fn: 1 });
  });
});
