import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../detectors/index.js';
import { createEngine } from '../src/engine.js';
import type { Match } from '../src/types.js';
import { toByteString } from '../src/bytes.js';

const gated = builtinDetectors.filter((d) => d.keywords?.required);
describe('the shared keyword gate', () => {
  it('finds what each keyword-first detector finds alone, among all the detectors', () => {
    const all = createEngine(builtinDetectors);
    let found = 0;
    for (const d of gated) {
      const alone = createEngine([d]);
      for (const w of d.keywords!.words.slice(0, 4)) {
        for (const v of d.examples.match.slice(0, 2)) {
          for (const text of [`${w}: ${v}`, `${toByteString(w).toUpperCase()} ${v}`, `x ${w.replace(/ /g, '_')}=${v}; y`]) {
            const t = toByteString(text);
            const key = (m: Match): string => JSON.stringify([m.start, m.end, m.type, m.confidence, m.keyword]);
            const a = alone.detect(t);
            const every = all.detect(t);
            const b = new Set(every.filter((m) => m.detector === d).map(key));
            for (const m of a) {
              // Not found among all only where another detector's match covers the value (the longer
              // match wins) or claims the same value for the country named.
              if (!b.has(key(m))) expect(every.some((o) => o.detector !== d && o.start <= m.start && o.end >= m.end), `${d.id}: ${text}`).toBe(true);
            }
            for (const k of b) expect(a.map(key), `${d.id}: ${text}`).toContain(k);
            found += b.size;
          }
        }
      }
    }
    expect(found).toBeGreaterThan(500);
  });
});
