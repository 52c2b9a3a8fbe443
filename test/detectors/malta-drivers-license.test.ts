import { describe, expect, it } from 'vitest';
import mtDl, { malteseDriversLicenseValid } from '../../detectors/malta-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'MALTA_DRIVERS_LICENSE';
const engine = createEngine([mtDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit or structure of the number is published (Microsoft Purview's "Malta driver's license
// number": two letters or digits, an optional space, three digits, an optional space, three digits), so
// these tests check the shape, the keyword rule and the overlap with the US licence shapes.
describe('malta-drivers-license: shape', () => {
  it("takes Purview's forms, spaced or not", () => {
    for (const v of ['MT 482 137', 'MT482137', 'MT 482137', 'MT482 137', '4K 730 218', '12 345 679']) {
      expect(malteseDriversLicenseValid(v)).toBe(true);
      expect(found(`liċenzja tas-sewqan ${v}`)).toEqual([v]);
    }
  });
  it('rejects other lengths, zero and repeated digits, dates', () => {
    for (const v of ['MT 482 1379', 'M 482 137', 'MT 48 2137', 'MT 000 000', '11 111 111', '20230115']) {
      expect(found(`liċenzja tas-sewqan ${v}`)).toEqual([]);
    }
  });
});

describe('malta-drivers-license: keywords', () => {
  it('finds the value next to the Maltese keywords, with and without the dotted ċ', () => {
    for (const k of ['liċenzja tas-sewqan', 'licenzja tas-sewqan', 'LIĊENZJI TAS-SEWWIEQ', 'licenzji tas-sewwieq:']) {
      expect(found(`${k} AB420193`)).toEqual(['AB420193']);
    }
  });
  it('takes the English keyword alone only for shapes no US state uses', () => {
    expect(found("driver's licence MT 482 137")).toEqual(['MT 482 137']);
    expect(found("driver's licence 7G604215")).toEqual(['7G604215']);
    expect(found("driver's licence AB420193")).toEqual([]);
    expect(found("Maltese driver's licence AB420193")).toEqual(['AB420193']);
  });
  it('is not found without a keyword', () => {
    expect(found('order MT 482 137 shipped')).toEqual([]);
    expect(found('Malta order AB420193 shipped')).toEqual([]);
  });
});

describe('malta-drivers-license: beside the US detector', () => {
  const both = createEngine([mtDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return both.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the Maltese keyword or Malta named decides; an English keyword alone leaves AB420193 to the US', () => {
    expect(types('licenzja tas-sewqan AB420193')).toEqual([`AB420193 ${TYPE}`]);
    expect(types("driver's license AB420193")).toEqual(['AB420193 DRIVERS_LICENSE']);
  });
});

describe('malta-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Sewwieq: Joseph Borg, liċenzja tas-sewqan MT 482 137, skadenza 2031');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['MT 482 137']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order MT 482 137 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
