import { describe, expect, it } from 'vitest';
import bgDl from '../../detectors/bulgaria-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'BULGARIA_DRIVERS_LICENSE';
const engine = createEngine([bgDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};
const V = '284019375';

// No check digit or inner structure of the number is published (Microsoft Purview's "Bulgaria driver's
// license number", MicrosoftDocs/microsoft-365-docs sit-defn-*-drivers-license-number.md), so there are no
// published values to check a validator against: these tests check the documented shape, the rejected
// values, the keyword rule and the overlap with the other licence detectors.
describe('bulgaria-drivers-license: shape', () => {
  it('takes the documented form only', () => {
    expect(found('шофьорска книжка 284019375')).toEqual(['284019375']);
    expect(found('шофьорска книжка 2840193751')).toEqual([]);
    expect(found('шофьорска книжка 28401937')).toEqual([]);
    expect(found('шофьорска книжка 1284019375')).toEqual([]);
    expect(found('шофьорска книжка 284 019 375')).toEqual([]);
  });
  it('rejects one digit repeated, dates and the placeholder', () => {
    expect(found('шофьорска книжка 000000000')).toEqual([]);
    expect(found('шофьорска книжка 555555555')).toEqual([]);
    expect(found('шофьорска книжка 123456789')).toEqual([]);
  });
});

describe('bulgaria-drivers-license: keywords', () => {
  it('finds the value next to the native keywords', () => {
    for (const k of ["шофьорска книжка","сумпс №","свидетелство за управление на мпс:","shofyorska knizhka","SHOFYORSKA KNIZHKA"]) expect(found(`${k} ${V}`)).toEqual([V]);
  });
  it('takes the English keyword only when the country is named near', () => {
    expect(found(`driver's licence ${V}`)).toEqual([]);
    expect(found("Bulgarian driver's licence 284019375")).toEqual([V]);
    expect(found('driving licence (България): 284019375')).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(found(`order ${V} shipped`)).toEqual([]);
  });
});

describe('bulgaria-drivers-license: beside the US detector', () => {
  const all = createEngine([bgDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword decides', () => {
    expect(types(`шофьорска книжка ${V}`)).toEqual([`${V} ${TYPE}`]);
  });
  it('the country named with an English keyword gives this type', () => {
    expect(types(`Bulgarian driver's license ${V}`)).toContain(`${V} ${TYPE}`);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types(`driver's license ${V}`)).toEqual([`${V} DRIVERS_LICENSE`]);
  });
});

describe('bulgaria-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText("Водач: Иван Петров, шофьорска книжка № 284019375, валидна до 2031");
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(scanText(`order ${V} shipped`).filter((x) => x.type === TYPE)).toEqual([]);
  });
});
