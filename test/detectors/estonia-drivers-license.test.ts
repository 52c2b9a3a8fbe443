import { describe, expect, it } from 'vitest';
import eeDl from '../../detectors/estonia-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'ESTONIA_DRIVERS_LICENSE';
const engine = createEngine([eeDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};
const V = 'ET402981';

// No check digit or inner structure of the number is published (Microsoft Purview's "Estonia driver's
// license number", MicrosoftDocs/microsoft-365-docs sit-defn-*-drivers-license-number.md), so there are no
// published values to check a validator against: these tests check the documented shape, the rejected
// values, the keyword rule and the overlap with the other licence detectors.
describe('estonia-drivers-license: shape', () => {
  it('takes the documented form only', () => {
    expect(found('juhiluba ET402981')).toEqual(['ET402981']);
    expect(found('juhiluba ET4029815')).toEqual([]);
    expect(found('juhiluba ET40298')).toEqual([]);
    expect(found('juhiluba XET402981')).toEqual([]);
    expect(found('juhiluba EE402981')).toEqual([]);
  });
  it('rejects one digit repeated, dates and the placeholder', () => {
    expect(found('juhiluba ET000000')).toEqual([]);
    expect(found('juhiluba ET888888')).toEqual([]);
    expect(found('juhiluba ET123456')).toEqual([]);
  });
});

describe('estonia-drivers-license: keywords', () => {
  it('finds the value next to the native keywords', () => {
    for (const k of ["juhiluba","JUHILUBA","juhiloa number:","juhilubade numbrid"]) expect(found(`${k} ${V}`)).toEqual([V]);
  });
  it('takes the English keyword only when the country is named near', () => {
    expect(found(`driver's licence ${V}`)).toEqual([]);
    expect(found("Estonian driver's licence ET402981")).toEqual([V]);
    expect(found('driving licence (Eesti): ET402981')).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(found(`order ${V} shipped`)).toEqual([]);
  });
});

describe('estonia-drivers-license: beside the US detector', () => {
  const all = createEngine([eeDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword decides', () => {
    expect(types(`juhiluba ${V}`)).toEqual([`${V} ${TYPE}`]);
  });
  it('the country named with an English keyword gives this type', () => {
    expect(types(`Estonian driver's license ${V}`)).toContain(`${V} ${TYPE}`);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types(`driver's license ${V}`)).toEqual([`${V} DRIVERS_LICENSE`]);
  });
});

describe('estonia-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText("Juht: Mari Tamm, juhiloa number ET402981, kehtib kuni 2031");
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(scanText(`order ${V} shipped`).filter((x) => x.type === TYPE)).toEqual([]);
  });
});
