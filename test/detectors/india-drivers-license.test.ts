import { describe, expect, it } from 'vitest';
import inDl, { indiaDlValid } from '../../detectors/india-drivers-license.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([inDl]);
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const TYPE = 'INDIA_DRIVERS_LICENSE';

describe('india-drivers-license: values published by others', () => {
  // GeeksforGeeks, "How to validate Indian driving license number using Regular Expression":
  // HR-0619850034761 and HR06 19850034761 valid; MH27 30120034761 invalid (year 3012); GJ-2420180 invalid
  // (10 characters). UP14 20160034761 is its second valid example.
  it('accepts the valid examples', () => {
    expect(indiaDlValid('HR-0619850034761')).toBe(true);
    expect(indiaDlValid('HR06 19850034761')).toBe(true);
    expect(indiaDlValid('UP14 20160034761')).toBe(true);
  });
  it('rejects the invalid ones', () => {
    expect(indiaDlValid('MH27 30120034761')).toBe(false);
    expect(indiaDlValid('GJ-2420180')).toBe(false);
  });
  // thecalcu.com's DL validator: MH-01-2020-… written with hyphens between all parts.
  it('takes hyphens between all parts', () => {
    expect(found('DL No: MH-01-2020-0012345')).toEqual(['MH-01-2020-0012345']);
  });
  it('checks state code, RTO code, year and serial', () => {
    expect(indiaDlValid('ZZ0620110034761')).toBe(false);
    expect(indiaDlValid('HR0020110034761')).toBe(false);
    expect(indiaDlValid(`HR06${new Date().getFullYear() + 1}0034761`)).toBe(false);
    expect(indiaDlValid('HR0619490034761')).toBe(false);
    expect(indiaDlValid('HR0619500034761')).toBe(true);
    expect(indiaDlValid('HR0620110000000')).toBe(false);
  });
  it('does not report the published examples', () => {
    expect(found('driving licence HR-0619850034761')).toEqual([]);
    expect(found('driving licence UP14 20160034761')).toEqual([]);
  });
  it('knows the Hindi keyword', () => {
    expect(found('ड्राइविंग लाइसेंस: RJ14 20090012345')).toEqual(['RJ14 20090012345']);
  });
});

describe('india-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Name: A. Kumar\nDriving Licence No.: KA05 20150004321');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['KA05 20150004321']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('ref KA05 20150004321').filter((x) => x.type === TYPE)).toEqual([]);
  });
  it('is not also reported as a US licence', () => {
    const f = scanText("driver's license KA05 20150004321");
    expect(f.filter((x) => x.type.endsWith('DRIVERS_LICENSE')).map((x) => x.type)).toEqual([TYPE]);
  });
});
