import { describe, expect, it } from 'vitest';
import hrDl from '../../detectors/croatia-drivers-license.js';
import austriaDl from '../../detectors/austria-drivers-license.js';
import denmarkDl from '../../detectors/denmark-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'CROATIA_DRIVERS_LICENSE';
const engine = createEngine([hrDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};
const V = '10493827';

// No check digit or inner structure of the number is published (Microsoft Purview's "Croatia driver's
// license number", MicrosoftDocs/microsoft-365-docs sit-defn-*-drivers-license-number.md), so there are no
// published values to check a validator against: these tests check the documented shape, the rejected
// values, the keyword rule and the overlap with the other licence detectors.
describe('croatia-drivers-license: shape', () => {
  it('takes the documented form only', () => {
    expect(found('vozačka dozvola 10493827')).toEqual(['10493827']);
    expect(found('vozačka dozvola 104938271')).toEqual([]);
    expect(found('vozačka dozvola 1049382')).toEqual([]);
    expect(found('vozačka dozvola 1049 3827')).toEqual([]);
  });
  it('rejects one digit repeated, dates and the placeholder', () => {
    expect(found('vozačka dozvola 00000000')).toEqual([]);
    expect(found('vozačka dozvola 44444444')).toEqual([]);
    expect(found('vozačka dozvola 20190704')).toEqual([]);
    expect(found('vozačka dozvola 04072019')).toEqual([]);
    expect(found('vozačka dozvola 12345678')).toEqual([]);
  });
});

describe('croatia-drivers-license: keywords', () => {
  it('finds the value next to the native keywords', () => {
    for (const k of ["vozačka dozvola","VOZAČKA DOZVOLA","broj vozačke dozvole:","vozacka dozvola"]) expect(found(`${k} ${V}`)).toEqual([V]);
  });
  it('takes the English keyword only when the country is named near', () => {
    expect(found(`driver's licence ${V}`)).toEqual([]);
    expect(found("Croatian driver's licence 10493827")).toEqual([V]);
    expect(found('driving licence (Hrvatska): 10493827')).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(found(`order ${V} shipped`)).toEqual([]);
  });
});

describe('croatia-drivers-license: beside the US and the other same-shape licence detectors', () => {
  const all = createEngine([hrDl, austriaDl, denmarkDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword decides', () => {
    expect(types(`vozačka dozvola ${V}`)).toEqual([`${V} ${TYPE}`]);
  });
  it('the country named with an English keyword gives this type', () => {
    expect(types(`Croatian driver's license ${V}`)).toContain(`${V} ${TYPE}`);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types(`driver's license ${V}`)).toEqual([`${V} DRIVERS_LICENSE`]);
  });
});

describe('croatia-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText("Vozač: Ivan Horvat, broj vozačke dozvole 10493827, izdana 2019");
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(scanText(`order ${V} shipped`).filter((x) => x.type === TYPE)).toEqual([]);
  });
});
