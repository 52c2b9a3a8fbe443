import { describe, expect, it } from 'vitest';
import hcpcs, { hcpcsValid } from '../../detectors/usa-healthcare-procedure-code.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';

const engine = createEngine([hcpcs]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const TYPE = 'USA_HEALTHCARE_PROCEDURE_CODE';

describe('usa-healthcare-procedure-code: values published by others', () => {
  // open-exam-prep.com, NHA CBCS study guide 4.3: Level II examples E0114 (crutches), J1885 (ketorolac),
  // A0428 (basic life support ambulance).
  it.each(['E0114', 'J1885', 'A0428'])('accepts the Level II code %s', (v) => expect(hcpcsValid(v)).toBe(true));
  // CPT Category I examples: 00730 (studymoose.com, anesthesia), 99204, 86900, 76498 (studymode.com),
  // 71010 (American College of Radiology, "Category I, II, and III Code Designations"), 62270 (coursehero.com).
  it.each(['00730', '99204', '86900', '76498', '71010', '62270'])('accepts the CPT code %s', (v) => expect(hcpcsValid(v)).toBe(true));
  // Category II: 4000F (studymoose.com), 0004F (studymode.com), 2000F (coursehero.com); Category III:
  // 0182T (studymoose.com), 0012T (coursehero.com), 0042T (AMA Category III section, CPT 2020).
  it.each(['4000F', '0004F', '2000F', '0182T', '0012T', '0042T'])('accepts the CPT code %s', (v) => expect(hcpcsValid(v)).toBe(true));
  // No check digit exists; structure that can be broken:
  it.each([
    'A0000', // all-zero digits
    '0000F',
    '1182T', // Category III codes start with 0
    '05000', // between the anesthesia and surgery ranges
    '99999', // past the last code
    '00099',
  ])('rejects %s', (v) => expect(hcpcsValid(v)).toBe(false));
});

describe('usa-healthcare-procedure-code: matching', () => {
  it('knows the Level II section letters', () => {
    for (const l of 'ABCDEGHJKLMPQRSTUV') expect(found(`HCPCS ${l}1100`)).toEqual([`${l}1100`]);
    for (const l of 'FINOWXYZ') expect(found(`HCPCS ${l}1100`)).toEqual([]);
  });
  it('finds codes with modifiers, without the modifiers', () => {
    expect(found('CPT 99213-25')).toEqual(['99213']);
    expect(found('HCPCS J1100-59-RT')).toEqual(['J1100']);
  });
  it('accepts the keyword spellings', () => {
    for (const k of ['CPT', 'CPT®', 'CPT-4', 'cpt_code', 'hcpcs_cd', 'Current Procedural Terminology', 'Healthcare Common Procedure Coding System']) {
      expect(found(`${k}: 99214`)).toEqual(['99214']);
    }
    expect(found('{"cptCode": "99214"}')).toEqual(['99214']);
  });
  it('finds a claim line', () => {
    expect(found('line 1: HCPCS J1100 x2, CPT 96372, dx E11.9')).toEqual(['J1100', '96372']);
  });
  it('skips amounts, ZIP+4 codes, ranges and longer numbers', () => {
    expect(found('CPT charge $12500, 12500.00, ZIP 10001-1234, codes 99202-99205, id 992145')).toEqual([]);
  });
  it('needs the keyword within 30 characters, as a word', () => {
    expect(found(`CPT${' '.repeat(31)}99214`)).toEqual([]);
    expect(found('accept 99214')).toEqual([]);
  });
});

describe('usa-healthcare-procedure-code: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Billed HCPCS code E0424 for oxygen');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['E0424']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Order E0424 and 99214 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
