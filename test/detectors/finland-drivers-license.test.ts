import { describe, expect, it } from 'vitest';
import fiDl, { finnishHetuValid } from '../../detectors/finland-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const FI = 'FINLAND_DRIVERS_LICENSE';
const engine = createEngine([fiDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

describe('finland-drivers-license: the henkilötunnus check against values published by others', () => {
  // python-stdnum stdnum/fi/hetu.py doctest and tests/test_fi_hetu.doctest ("Normal values that should
  // just work"); 131052-308T is also the example of the population register's documentation.
  it.each(['131052-308T', '131052+308T', '131052A308T', '131052a308t'])('accepts %s (python-stdnum)', (v) =>
    expect(finnishHetuValid(v)).toBe(true),
  );
  // tests/test_fi_hetu.doctest: invalid checksum, century sign, birth dates, individual numbers
  // 000 and the temporary 900–999 range (rejected unless allow_temporary).
  it.each(['131052-308U', '131052/308T', '131052T308T', '310252-308Y', '130052-308R', '10101-0101', '131052-000V', '131052-9993'])(
    'rejects %s (python-stdnum)',
    (v) => {
      expect(finnishHetuValid(v)).toBe(false);
      expect(found(`ajokortti ${v}`)).toEqual([]);
    },
  );
  it('checks the date in the century of the sign', () => {
    expect(finnishHetuValid('290204A1539')).toBe(true); // 29 February 2004
    expect(finnishHetuValid('000000-0000')).toBe(false);
  });
});

describe('finland-drivers-license: keywords', () => {
  it('finds the value next to the Finnish and Finland-Swedish keywords', () => {
    for (const kw of ['ajokortti', 'AJOKORTTI', 'ajokortin numero:', 'körkort', 'KÖRKORT']) {
      expect(found(`${kw} 150385-246Y`)).toEqual(['150385-246Y']);
    }
  });
  it('takes an English keyword alone only with a letter century sign', () => {
    expect(found("driver's licence 290204A1539")).toEqual(['290204A1539']);
    expect(found("driver's licence 070810B317S")).toEqual(['070810B317S']);
    expect(found("driver's licence 150385-246Y")).toEqual([]); // a US shape too (9 digits and a letter)
    expect(found("driver's licence 010170-8885")).toEqual([]); // a US shape too (10 digits)
    expect(found("Finnish driver's licence 150385-246Y")).toEqual(['150385-246Y']);
    expect(found("Finnish driver's licence 010170-8885")).toEqual(['010170-8885']);
  });
  it('ignores the documentation example', () => {
    expect(found('ajokortti 131052-308T')).toEqual([]);
  });
});

describe('finland-drivers-license: beside the US detector', () => {
  const both = createEngine([fiDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return both.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('a Finnish licence named as such is only Finnish', () => {
    expect(types("Finnish driver's license 010170-8885")).toEqual([`010170-8885 ${FI}`]);
    expect(types('ajokortti 010170-8885')).toEqual([`010170-8885 ${FI}`]);
  });
  it('a value with the sign - and an English keyword alone is the US detector\'s', () => {
    expect(types("driver's license 010170-8885")).toEqual(['010170-8885 DRIVERS_LICENSE']);
    expect(types("driver's license 150385-246Y")).toEqual(['150385-246Y DRIVERS_LICENSE']);
  });
  it('a letter century sign is no US shape', () => {
    expect(types("driver's license 290204A1539")).toEqual([`290204A1539 ${FI}`]);
  });
});

describe('finland-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Kuljettaja: Matti Virtanen, ajokortin numero 150385-246Y');
    expect(f.filter((x) => x.type === FI).map((x) => x.text)).toEqual(['150385-246Y']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order 150385-246Y shipped').filter((x) => x.type === FI)).toEqual([]);
  });
});
