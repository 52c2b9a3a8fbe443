/**
 * Coarse linear-time guard: every built-in detector (its pattern or find function, its keyword
 * regex, and the whole engine path with validation) over adversarial inputs of about 200 KB must
 * finish well under a bound. A pattern that backtracks catastrophically takes minutes here, not
 * milliseconds. Iterates over `builtinDetectors`, so detectors added later are covered too.
 */
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../detectors/index.js';
import { createEngine } from '../src/engine.js';
import { compileKeywords } from '../src/keywords.js';
import type { Detector } from '../src/types.js';

const SIZE = 200_000;
/** Coarse: linear passes take milliseconds; quadratic ones on 200 KB take many seconds. */
const BOUND_MS = 2000;

const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
/** As a byte string (the engine's input): UTF-8 bytes as Latin-1 characters. */
const bytes = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

const shared: Array<[string, string]> = [
  ['digits', fill('1')],
  ['digit run then letter', fill('1').slice(0, SIZE - 1) + 'x'],
  ['digits and spaces', fill('1 ')],
  ['digits and dots', fill('1.')],
  ['-1 repeated', fill('-1')],
  ['+1 repeated', fill('+1')],
  ['(1 repeated', fill('(1')],
  ['four-digit groups', fill('1234 ')],
  ['four-digit groups with hyphens', fill('1234-')],
  ['a', fill('a')],
  ['A', fill('A')],
  ['@', fill('@')],
  ['a@', fill('a@')],
  ['a.', fill('a.') + '@example.com'],
  ['dots and hyphens', fill('.-')],
  ['base64 alphabet', fill('Ab0+/9zY')],
  ['base64url and dots', fill('eyJhbGciOi.')],
  ['hex', fill('0123456789abcdef')],
  ['upper alnum', fill('A1B2C3')],
  ['partial IBANs', fill('GB29 NWBK 6016 ')],
  ['IBAN starts', fill('DE89')],
  ['spaces', fill(' ')],
  ['newlines', fill('\n')],
  ['PEM headers', fill('-----BEGIN ')],
  ['key=value', fill('key=value;')],
  ['non-ASCII (UTF-8 bytes)', bytes(fill('é€'))],
];

/** Inputs built from the detector itself: its keywords and its own examples, repeated. */
function ownInputs(d: Detector): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const words = d.keywords?.words ?? [];
  if (words.length) {
    out.push(['repeated keywords', bytes(fill(words.join(' ') + ' '))]);
    out.push(['keywords glued together', bytes(fill(words.join('')))]);
    out.push(['keyword then digits', bytes(fill(`${words[0]} 1234567890 `))]);
  }
  const examples = d.examples.match.join(' ');
  const kw = d.examples.keyword ? `${d.examples.keyword} ` : '';
  out.push(['own examples with keyword', bytes(fill(`${kw}${examples} `))]);
  out.push(['own examples glued together', bytes(fill(d.examples.match.join('')))]);
  const first = d.examples.match[0]!;
  out.push(['first example cut in half, repeated', bytes(fill(first.slice(0, Math.max(1, first.length >> 1))))]);
  return out;
}

function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function runPatternOrFind(d: Detector, text: string): number {
  let n = 0;
  if (d.find) {
    for (const _ of d.find(text)) n++;
    return n;
  }
  const re = new RegExp(d.pattern!.source, d.pattern!.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    n++;
  }
  return n;
}

describe('every built-in detector runs in linear time on adversarial input', () => {
  it('has detectors to check', () => {
    expect(builtinDetectors.length).toBeGreaterThan(0);
  });
  for (const d of builtinDetectors) {
    it(`${d.id}: pattern/find, keywords and the engine stay under ${BOUND_MS} ms per ~200 KB input`, { timeout: 300_000 }, () => {
      const engine = createEngine([d], { minConfidence: 'low' });
      const keywords = d.keywords ? compileKeywords(d.keywords.words) : undefined;
      const slow: string[] = [];
      for (const [name, text] of [...shared, ...ownInputs(d)]) {
        expect(text.length).toBeGreaterThanOrEqual(SIZE * 0.99);
        const checks: Array<[string, () => void]> = [
          ['pattern/find', () => void runPatternOrFind(d, text)],
          ['engine', () => void engine.detect(text)],
        ];
        if (keywords) checks.push(['keywords', () => void keywords.hits(text, 0, text.length)]);
        for (const [what, fn] of checks) {
          const ms = timeMs(fn);
          if (ms > BOUND_MS) slow.push(`${what} on "${name}": ${Math.round(ms)} ms`);
        }
      }
      expect(slow, `${d.id} is not linear on these inputs`).toEqual([]);
    });
  }
});
