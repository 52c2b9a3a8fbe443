import { describe, expect, it } from 'vitest';
import ieDl from '../../detectors/ireland-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const IE = 'IRELAND_DRIVERS_LICENSE';
const engine = createEngine([ieDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No structure or check character is published. The shape is Microsoft Purview's "Ireland driver's
// license number" (six digits followed by four letters); its keywords ceadúnas tiomána and the
// English list.
describe('ireland-drivers-license: shape', () => {
  it('takes six digits and four letters', () => {
    expect(found('driving licence 407215KDMR')).toEqual(['407215KDMR']);
  });
  it('takes nothing else', () => {
    for (const v of ['407215KDM', '407215KDMRS', '1407215KDMR', '40721KDMR', '407215 KDMR', '407215-KDMR', 'X407215KDMR', '407215KDMR7']) {
      expect(found(`driving licence ${v}`)).toEqual([]);
    }
  });
  it('rejects zero digits, one digit repeated and the placeholder', () => {
    expect(found('driving licence 000000KDMR')).toEqual([]);
    expect(found('driving licence 444444KDMR')).toEqual([]);
    expect(found('driving licence 123456ABCD')).toEqual([]);
  });
});

describe('ireland-drivers-license: keywords', () => {
  it('finds the value next to the Irish and English keywords, with and without fadas', () => {
    for (const kw of ['ceadúnas tiomána', 'CEADÚNAS TIOMÁNA', 'ceadunas tiomana', "driver's license", 'Driving Licence No:']) {
      expect(found(`${kw} 407215KDMR`)).toEqual(['407215KDMR']);
    }
  });
  it('is not found without a keyword', () => {
    expect(found('ref 407215KDMR')).toEqual([]);
  });
  it('is no US licence', () => {
    const both = createEngine([ieDl, usDl]);
    expect(both.detect("driver's license 407215KDMR").map((m) => m.type)).toEqual([IE]);
  });
});

describe('ireland-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Driver: Seán Murphy, driving licence number 407215KDMR, Dublin');
    expect(f.filter((x) => x.type === IE).map((x) => x.text)).toEqual(['407215KDMR']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('ref 407215KDMR').filter((x) => x.type === IE)).toEqual([]);
  });
});
