import { describe, expect, it } from 'vitest';
import latLong from '../../detectors/latitude-longitude.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([latLong]);
const found = (text: string, labels?: string[]): string[] =>
  engine.detect(text, 0, text.length, labels ? { labels } : undefined).map((m) => text.slice(m.start, m.end));

describe('latitude-longitude', () => {
  it('finds a decimal-degree pair near its keyword, either side', () => {
    expect(found('GPS coordinates: 41.948614,-87.655311')).toEqual(['41.948614,-87.655311']);
    expect(found('-33.8688, 151.2093 (position of the office)')).toEqual(['-33.8688, 151.2093']);
    expect(found('41.948614,-87.655311', ['location'])).toEqual(['41.948614,-87.655311']);
  });

  it('accepts the range limits and rejects values past them', () => {
    expect(found('coordinates 90.000,180.000 and -90.000,-180.000')).toEqual(['90.000,180.000', '-90.000,-180.000']);
    expect(found('coordinates 90.001,10.000')).toEqual([]);
    expect(found('coordinates 10.000,180.001')).toEqual([]);
  });

  it('does not take DMS / DDM forms or single numbers', () => {
    expect(found('coordinates 41°56\'55.0"N 87°39\'19.1"W')).toEqual([]);
    expect(found('latitude 41.948614')).toEqual([]);
  });

  // Adjacent numeric CSV columns are common (id,lat,lon,alt), so a pair inside a longer list counts.
  it('finds the pair among other CSV columns', () => {
    expect(found('7,41.948614,-87.655311,120.5', ['latitude'])).toEqual(['41.948614,-87.655311']);
  });

  it('needs a keyword within 30 characters', () => {
    expect(found('total 41.948614,-87.655311')).toEqual([]);
    expect(found(`coordinates${' '.repeat(31)}41.948614,-87.655311`)).toEqual([]);
  });
});
