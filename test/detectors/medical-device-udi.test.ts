import { describe, expect, it } from 'vitest';
import udi, { gs1Check, hibcCheck } from '../../detectors/medical-device-udi.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'low' };
const valid = (v: string): unknown => udi.validate!(v, ctx);
const engine = createEngine([udi]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const udis = (text: string): string[] => scanText(text).filter((f) => f.type === 'MEDICAL_DEVICE_UDI').map((f) => f.text);

describe('medical-device-udi: GS1 check digit against values published by others', () => {
  it('accepts published GTINs', () => {
    // python-stdnum tests/test_gs1_128.doctest and stdnum/gs1_128.py: 38425876095074, 58425876097843.
    expect(gs1Check('38425876095074')).toBe(true);
    expect(gs1Check('58425876097843')).toBe(true);
    // FDA GUDID's UDI example (01)00643169007222(17)160128(21)BOVIE00001.
    expect(gs1Check('00643169007222')).toBe(true);
    // HL7 FHIR Device/example-udi1 ({01}00844588003288{17}141120{10}7654321D{21}10987654d321).
    expect(gs1Check('00844588003288')).toBe(true);
    // GS1 Digital Link documentation and resolver test data.
    expect(gs1Check('09506000134352')).toBe(true);
  });
  it('rejects the broken check digit of python-stdnum (38425876095079, InvalidChecksum)', () => {
    expect(gs1Check('38425876095079')).toBe(false);
    expect(valid('(01)38425876095079(17)181119')).toBe(false);
  });
  it('validates python-stdnum\'s GS1-128 strings restricted to UDI application identifiers', () => {
    expect(valid('(01)38425876095074(17)181119')).toBe(true);
    expect(valid('(01)58425876097843(10)123456(17)181119')).toBe(true);
    // (37) is a count of trade items, not a UDI element.
    expect(valid('(01)38425876095074(17)181119(37)1')).toBe(false);
  });
  it('does not report documentation examples', () => {
    expect(valid('(01)00643169007222(17)160128(21)BOVIE00001')).toBe(false); // FDA GUDID
    expect(valid('{01}00844588003288{17}141120{10}7654321D{21}10987654d321')).toBe(false); // HL7 FHIR
    expect(valid('(01)09506000134352(10)ABC')).toBe(false); // GS1 Global Office prefix 950
    expect(found('UDI (01)00643169007222(17)160128(21)BOVIE00001')).toEqual([]);
  });
});

describe('medical-device-udi: HIBCC mod-43 check character against values published by others', () => {
  // ANSI/HIBC 2.6 appendix B.2.0 worked example (145 mod 43 = 16 → G); also in
  // DacoTaco/BarcodeParserBuilder's HibcBarcodeParserBuilderTestFixture ("1D - ProductCode").
  it('accepts +A123BJC5D6E71G (HIBC standard)', () => expect(hibcCheck('+A123BJC5D6E71G')).toBe(true));
  // DacoTaco/BarcodeParserBuilder HIBC parser tests (valid barcodes); the Q500Z one is quoted there as
  // "sample data from HIBC 2.6 Spec".
  it.each([
    '+E203PB414109/$$8243280112R00089525J',
    '+EHWD3551419/$$900100F',
    '+J123AQ3451/25330BC34567/S4012X',
    '+A99912345/$$52025010X3/16D20111212/S77DEFG458',
    '+A99912349/$10X3/16D20111231/14D20200131/Q500Z',
    '+A123ABCDEFGHI1234567891/$$420020216LOT123456789012345/SXYZ456789012345678/16D20130202$',
  ])('accepts %s (BarcodeParserBuilder)', (v) => expect(hibcCheck(v)).toBe(true));
  it('rejects BarcodeParserBuilder\'s invalid check character (expected 7, got /)', () => {
    expect(hibcCheck('+A99912345/$$52001510X3/16D20111212/S77DEFG45/')).toBe(false);
  });
  it('rejects HL7 FHIR Device/example-udi3, whose check character does not compute (C, should be H)', () => {
    expect(hibcCheck('+H123PARTNO1234567890120/$$420020216LOT123456789012345/SXYZ456789012345678/16D20130202C')).toBe(false);
  });
  it('validates published labels whose device identifier is no documentation example', () => {
    expect(valid('+E203PB414109/$$8243280112R00089525J')).toBe(true);
    expect(valid('+J123AQ3451/25330BC34567/S4012X')).toBe(true);
    expect(valid('+A123BJC5D6E71G')).toBe(false); // the standard's own example
  });
  it('finds HIBCC values in text, with the exact span', () => {
    expect(found('UDI: +E203PB414109/$$8243280112R00089525J.')).toEqual(['+E203PB414109/$$8243280112R00089525J']);
    expect(found('HIBCC label *+J123AQ3451/25330BC34567/S4012X*')).toEqual(['+J123AQ3451/25330BC34567/S4012X']);
  });
  it('reads a check character "/" and "$" at the end', () => {
    expect(found('UDI +A123ABCDEFGHI1234567891/$$420020216LOT123456789012345/SXYZ456789012345678/16D20130202$ ok')).toEqual([]); // example DI
    expect(found('UDI +EHWD3551419/$$900100F, x')).toEqual(['+EHWD3551419/$$900100F']);
  });
});

describe('medical-device-udi: ICCBBA ISBT 128', () => {
  // ICCBBA ST-011 (ISBT 128 for medical devices) example, facility A9999: the pattern reads all of it,
  // and it is not reported (ICCBBA's example facility). HL7 FHIR Device/example-udi2 uses the same FIN.
  const st011 = '=/A9999XYZ100T0476=,000025=A99972312345600=>025032=}023032&,1000000000000XYZ123';
  it('reads the whole ST-011 example and rejects it as a documentation example', () => {
    const re = new RegExp(udi.pattern!.source, 'g');
    expect(re.exec(`UDI ${st011} `)?.[0]).toBe(st011);
    expect(valid(st011)).toBe(false);
    expect(valid('=/A9999XYZ100T0474')).toBe(false);
  });
  it('accepts the same structure for another facility, and checks its parts', () => {
    expect(valid('=/B4821XYZ100T0476=,000025=B48217212345600=>025032=}023032&,1000000000000XYZ123')).toBe(true);
    expect(valid('=+05000=/B4821XYZ100T0476=,000025=B48217212345600=>025032=}023032')).toBe(true);
    expect(valid('=/B4821XYZ100T0476=,000000')).toBe(false); // product divisions 000000
    expect(valid('=/B4821XYZ100T0476=>025400')).toBe(false); // Julian day 400
    expect(valid('=/B4821XYZ10000000')).toBe(false); // PDC 00000
  });
});

describe('medical-device-udi: end to end', () => {
  it('is found next to its keywords with the right type', () => {
    expect(udis('UDI: (01)00885403201236(17)280131(10)LOT4471')).toEqual(['(01)00885403201236(17)280131(10)LOT4471']);
    expect(udis('Unique Device Identifier +J847PX330121I')).toEqual(['+J847PX330121I']);
    expect(udis('blood bag =/B4821K9Q2A1S2208=,000031=B48212415728300')).toEqual(['=/B4821K9Q2A1S2208=,000031=B48212415728300']);
    expect(udis('{"deviceId": "(01)50612345000116"}')).toEqual(['(01)50612345000116']);
  });
  it('is not found without a keyword', () => {
    expect(udis('shipment (01)00885403201236(17)280131(10)LOT4471 received')).toEqual([]);
    expect(udis('label +J847PX330121I printed')).toEqual([]);
  });
  it('needs the agency marker: a bare number next to "med" or "blood" is nothing', () => {
    expect(udis('med 00885403201236, blood 10885403204562, med +ABCD1234')).toEqual([]);
  });
});
