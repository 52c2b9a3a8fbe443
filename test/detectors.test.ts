import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../detectors/index.js';
import { createEngine } from '../src/engine.js';
import type { Detector } from '../src/types.js';

/** Each match example is embedded in these contexts; the detector must report exactly the value. */
const contexts: Array<[string, (v: string, kw: string) => string]> = [
  ['bare', (v, kw) => (kw ? `${kw} ${v}` : v)],
  ['key: value', (v, kw) => `${kw || 'value'}: ${v}.`],
  ['JSON string', (v, kw) => `{"${kw || 'field'}": "${v}", "n": 1}`],
  ['CSV cell', (v, kw) => `id,${kw || 'col'},note\n7,${v},ok\n`],
  ['mid-sentence', (v, kw) => `Please note ${kw ? `the ${kw} ` : ''}${v} in the ticket.`],
];

describe('detector registry', () => {
  const files = readdirSync(new URL('../detectors/', import.meta.url))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .sort();
  it('equals the folder: one file per detector, named after its id', () => {
    expect(builtinDetectors.map((d) => d.id)).toEqual(files);
  });
  it('is sorted and has unique ids', () => {
    const ids = builtinDetectors.map((d) => d.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(builtinDetectors.map((d) => [d.id, d] as [string, Detector]))('%s', (_id, det) => {
  const engine = createEngine([det], { minConfidence: 'low' });
  const kw = det.examples.keyword ?? '';
  describe.each(contexts)('in context: %s', (_name, wrap) => {
    it.each(det.examples.match)('finds %s with its exact span', (value) => {
      const text = wrap(value, kw);
      const found = engine.detect(text).map((m) => text.slice(m.start, m.end));
      expect(found).toEqual([value]);
    });
  });
  it.each(det.examples.noMatch)('finds nothing in %s', (text) => {
    expect(engine.detect(text).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});
