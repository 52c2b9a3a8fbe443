import { describe, expect, it } from 'vitest';
import cyDl from '../../detectors/cyprus-drivers-license.js';
import franceDl from '../../detectors/france-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'CYPRUS_DRIVERS_LICENSE';
const engine = createEngine([cyDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};
const V = '604918273051';

// No check digit or inner structure of the number is published (Microsoft Purview's "Cyprus driver's
// license number", MicrosoftDocs/microsoft-365-docs sit-defn-*-drivers-license-number.md), so there are no
// published values to check a validator against: these tests check the documented shape, the rejected
// values, the keyword rule and the overlap with the other licence detectors.
describe('cyprus-drivers-license: shape', () => {
  it('takes the documented form only', () => {
    expect(found('άδεια οδήγησης 604918273051')).toEqual(['604918273051']);
    expect(found('άδεια οδήγησης 6049182730512')).toEqual([]);
    expect(found('άδεια οδήγησης 60491827305')).toEqual([]);
    expect(found('άδεια οδήγησης 6049 1827 3051')).toEqual([]);
  });
  it('rejects one digit repeated, dates and the placeholder', () => {
    expect(found('άδεια οδήγησης 000000000000')).toEqual([]);
    expect(found('άδεια οδήγησης 999999999999')).toEqual([]);
    expect(found('άδεια οδήγησης 201907041530')).toEqual([]);
    expect(found('άδεια οδήγησης 123456789012')).toEqual([]);
  });
});

describe('cyprus-drivers-license: keywords', () => {
  it('finds the value next to the native keywords', () => {
    for (const k of ["άδεια οδήγησης","Άδεια Οδήγησης","αριθμός άδειας οδήγησης:","αδεια οδηγησης","ADEIA ODIGISIS"]) expect(found(`${k} ${V}`)).toEqual([V]);
  });
  it('takes the English keyword only when the country is named near', () => {
    expect(found(`driver's licence ${V}`)).toEqual([]);
    expect(found("Cyprus driver's licence 604918273051")).toEqual([V]);
    expect(found('driving licence (Κύπρος): 604918273051')).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(found(`order ${V} shipped`)).toEqual([]);
  });
});

describe('cyprus-drivers-license: beside the US and the other same-shape licence detectors', () => {
  const all = createEngine([cyDl, franceDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword decides', () => {
    expect(types(`άδεια οδήγησης ${V}`)).toEqual([`${V} ${TYPE}`]);
  });
  it('the country named with an English keyword gives this type', () => {
    expect(types(`Cypriot driver's license ${V}`)).toContain(`${V} ${TYPE}`);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types(`driver's license ${V}`)).toEqual([`${V} DRIVERS_LICENSE`]);
  });
});

describe('cyprus-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText("Οδηγός: Ανδρέας Γεωργίου, αριθμός άδειας οδήγησης 604918273051, λήξη 2031");
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual([V]);
  });
  it('is not found without a keyword', () => {
    expect(scanText(`order ${V} shipped`).filter((x) => x.type === TYPE)).toEqual([]);
  });
});
