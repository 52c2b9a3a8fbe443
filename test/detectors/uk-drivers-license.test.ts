import { describe, expect, it } from 'vitest';
import ukDl, { ukDriverNumberValid } from '../../detectors/uk-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([ukDl]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const UK = 'UK_DRIVERS_LICENSE';

describe('uk-drivers-license: structure against values published by others', () => {
  // Wikipedia "Driving licence in the United Kingdom" (MORGA753116SM9IJ) and the DVLA leaflet's
  // example for Samantha Michelle Morgan, born 5 July 1964 (MORGA 657054 SM9IJ).
  it('accepts the documentation examples (which the detector then ignores as published)', () => {
    expect(ukDriverNumberValid('MORGA753116SM9IJ')).toBe(true);
    expect(ukDriverNumberValid('MORGA 657054 SM9IJ')).toBe(true);
    expect(found('driving licence MORGA753116SM9IJ, driving licence MORGA657054SM9IJ 35')).toEqual([]);
  });
  // microsoft/presidio presidio-analyzer/tests/test_uk_driving_licence_recognizer.py, valid cases.
  it.each([
    'MORGA607054SM9IJ', 'MORGA657054SM9IJ', 'FO999512018AA1AB', 'SMIT9801015JK2CD', 'JONES710153J99EF',
    'SMITH802290AB1CD', 'SMITH812310AB1CD', 'SMITH851010AB1CD', 'SMITH862310AB1CD',
  ])('accepts %s (Presidio test_uk_driving_licence_recognizer.py)', (v) => expect(ukDriverNumberValid(v)).toBe(true));
  // The same file, invalid cases: months 00, 13, 50, 63; days 00, 32; all-9 surname; a 9 inside it.
  it.each(['MORGA600054SM9IJ', 'MORGA613054SM9IJ', 'MORGA650054SM9IJ', 'MORGA663054SM9IJ', 'MORGA601004SM9IJ', 'MORGA601324SM9IJ', '99999657054SM9IJ', 'MO9G9657054SM9IJ'])(
    'rejects %s (Presidio test_uk_driving_licence_recognizer.py)',
    (v) => {
      expect(ukDriverNumberValid(v)).toBe(false);
      expect(found(`driving licence ${v}`)).toEqual([]);
    },
  );
  it('rejects a wrong length (Presidio: 15 and 17 characters)', () => {
    expect(found('driving licence MORGA65705SM9IJ')).toEqual([]);
    expect(found('driving licence MORGA6570544SM9IJ')).toEqual([]);
  });
  it('checks the day against the month and the initials', () => {
    expect(ukDriverNumberValid('BROWN804317AL9XK')).toBe(false); // 31 April
    expect(ukDriverNumberValid('BROWN854307AL9XK')).toBe(true); // 30 April (woman)
    expect(ukDriverNumberValid('BROWN802297AL9XK')).toBe(true); // 29 February
    expect(ukDriverNumberValid('BROWN802147A99XK')).toBe(true); // one initial: A9
    expect(ukDriverNumberValid('BROWN80214799AXK')).toBe(true); // no initials at all: 99 (DVLA's regex)
    expect(ukDriverNumberValid('BROWN8021479L9XK')).toBe(false); // 9 then a letter
  });
});

describe('uk-drivers-license: written forms', () => {
  // LeapBeyond/scrubadub tests/test_detector_drivers_licence.py: spaced forms with the issue number.
  it.each([
    ['The driving licence number of the claimant is MORGA753116SM91J 01, and a copy', 'MORGA753116SM91J 01'],
    ['My DVLA NO is MORGA 753116SM91J 01 could you please check.', 'MORGA 753116SM91J 01'],
    ['My DVLA NO is MORGA753116SM91J01 could you please check.', 'MORGA753116SM91J01'],
    ['My DVLA NO is MORGA 753 116 SM91J 01 could you please check.', 'MORGA 753 116 SM91J 01'],
    ['My DVLA NO is MORGA 753116 SM91J01 could you please check.', 'MORGA 753116 SM91J01'],
  ])('finds %s (scrubadub)', (text, value) => expect(found(text)).toEqual([value]));
  it('finds the usual keywords, within 30 characters', () => {
    for (const kw of ['Driving Licence No:', 'driver number', 'DL#', 'licence number', "driver's license", 'driving_licence_number']) {
      expect(found(`${kw} BROWN802147AL9XK`)).toEqual(['BROWN802147AL9XK']);
    }
    expect(found(`driving licence${' '.repeat(31)}BROWN802147AL9XK`)).toEqual([]);
    expect(found('license number BROWN802147AL9XK')).toEqual([]); // US spelling of a software licence's number
  });
  it('takes upper case only', () => {
    expect(found('driving licence brown802147al9xk')).toEqual([]);
  });
});

describe('uk-drivers-license: beside the US detector', () => {
  const both = createEngine([ukDl, usDl]);
  const types = (t: string): string[] => both.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  it('a UK number is not also a US licence, spaced or not', () => {
    expect(types('driving licence BROWN802147AL9XK')).toEqual([`BROWN802147AL9XK ${UK}`]);
    expect(types('driving licence BROWN 802147 AL9XK')).toEqual([`BROWN 802147 AL9XK ${UK}`]);
    expect(types('driving licence BROWN802147AL9XK 02')).toEqual([`BROWN802147AL9XK 02 ${UK}`]);
  });
  it('a US licence is not a UK one', () => {
    expect(types("driver's license D1234567")).toEqual(['D1234567 DRIVERS_LICENSE']);
  });
});

describe('uk-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Applicant: Alan Brown, driving licence number BROWN 802147 AL9XK 02');
    expect(f.filter((x) => x.type === UK).map((x) => x.text)).toEqual(['BROWN 802147 AL9XK 02']);
    expect(f.filter((x) => x.type === 'DRIVERS_LICENSE')).toEqual([]);
  });
  it('is not found without a keyword', () => {
    expect(scanText('ticket BROWN802147AL9XK closed').filter((x) => x.type === UK)).toEqual([]);
  });
});
