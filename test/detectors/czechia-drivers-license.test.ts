import { describe, expect, it } from 'vitest';
import czDl from '../../detectors/czechia-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'CZECHIA_DRIVERS_LICENSE';
const engine = createEngine([czDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};
const V = 'EB039471';

// No check digit or inner structure of the number is published (Microsoft Purview's "Czech driver's
// license number", MicrosoftDocs/microsoft-365-docs sit-defn-*-drivers-license-number.md), so there are no
// published values to check a validator against: these tests check the documented shape, the rejected
// values, the keyword rule and the overlap with the other licence detectors.
describe('czechia-drivers-license: shape', () => {
  it('takes the documented form only', () => {
    expect(found('řidičský průkaz EA 482913')).toEqual(['EA 482913']);
    expect(found('řidičský průkaz EB039471')).toEqual(['EB039471']);
    expect(found('řidičský průkaz EA 4829131')).toEqual([]);
    expect(found('řidičský průkaz EA 48291')).toEqual([]);
    expect(found('řidičský průkaz FA 482913')).toEqual([]);
    expect(found('řidičský průkaz EA  482913')).toEqual([]);
  });
  it('rejects one digit repeated, dates and the placeholder', () => {
    expect(found('řidičský průkaz EA 000000')).toEqual([]);
    expect(found('řidičský průkaz EB333333')).toEqual([]);
    expect(found('řidičský průkaz EA 123456')).toEqual([]);
  });
});

describe('czechia-drivers-license: keywords', () => {
  it('finds the value next to the native keywords', () => {
    for (const k of ["řidičský průkaz","ŘIDIČSKÝ PRŮKAZ","číslo řidičského průkazu:","ridicsky prukaz","řidičák"]) expect(found(`${k} ${V}`)).toEqual([V]);
  });
  it('takes the English keyword only when the country is named near', () => {
    expect(found(`driver's licence ${V}`)).toEqual([]);
    expect(found("Czech driver's licence EB039471")).toEqual([V]);
    expect(found('driving licence (Česká republika): EB039471')).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(found(`order ${V} shipped`)).toEqual([]);
  });
});

describe('czechia-drivers-license: beside the US detector', () => {
  const all = createEngine([czDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword decides', () => {
    expect(types(`řidičský průkaz ${V}`)).toEqual([`${V} ${TYPE}`]);
  });
  it('the country named with an English keyword gives this type', () => {
    expect(types(`Czech driver's license ${V}`)).toContain(`${V} ${TYPE}`);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types(`driver's license ${V}`)).toEqual([`${V} DRIVERS_LICENSE`]);
  });
});

describe('czechia-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText("Řidič: Jan Novák, číslo řidičského průkazu EB039471, platný do 2031");
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(scanText(`order ${V} shipped`).filter((x) => x.type === TYPE)).toEqual([]);
  });
});
