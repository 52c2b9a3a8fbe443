import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordLists } from '../detectors/data/word-lists.js';

const data = JSON.parse(readFileSync(new URL('../detectors/data/names.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('word lists', () => {
  it('are sorted, so that they can be searched in place', () => {
    for (const key of ['GIVEN', 'PEOPLE', 'COMMON_TOP', 'COMMON']) {
      const words = data[key]!.split(' ');
      expect(words.every((w, i) => i === 0 || words[i - 1]! < w)).toBe(true);
    }
  });
  it('answer membership exactly like a Set, before and after the switch to one', () => {
    const lists = wordLists();
    const given = data.GIVEN!.split(' ');
    const set = new Set(given);
    const probes = [...given.filter((_, i) => i % 7 === 0), 'Zzzz', 'Aaa', '', 'Mary', 'mary', 'Maryx', 'A', 'Ab', ...given.map((w) => w + 'q').slice(0, 3000)];
    for (let round = 0; round < 6; round++) { // > 20,000 lookups: the switch to a Set happens on the way
      for (const w of probes) expect(lists.given.has(w), w).toBe(set.has(w));
    }
    expect(lists.common.has('window')).toBe(true);
    expect(lists.common.has('the')).toBe(true);
  });
});
