import { describe, expect, it } from 'vitest';
import det from '../../detectors/bban.js';
import iban from '../../detectors/iban.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det]);
/** The engine scans byte strings (UTF-8 bytes as Latin-1); values are decoded back for the assertions. */
const found = (input: string): Array<[string, string]> => {
  const text = Buffer.from(input, 'utf8').toString('latin1');
  return engine.detect(text).map((m) => [m.type, Buffer.from(text.slice(m.start, m.end), 'latin1').toString('utf8')]);
};

describe('bban', () => {
  it('reports each country under its Macie type', () => {
    expect(found('Sort code / account number: 60-16-13 31926819')).toEqual([['UK_BANK_ACCOUNT_NUMBER', '60-16-13 31926819']]);
    expect(found('account number NWBK 6016 1331 9268 19')).toEqual([['UK_BANK_ACCOUNT_NUMBER', 'NWBK 6016 1331 9268 19']]);
    expect(found('Kontonummer: 37040044 0532013000')).toEqual([['GERMANY_BANK_ACCOUNT_NUMBER', '37040044 0532013000']]);
    expect(found('numéro de compte : 20041 01005 0500013M026 06')).toEqual([['FRANCE_BANK_ACCOUNT_NUMBER', '20041 01005 0500013M026 06']]);
    expect(found('numero di conto X0542811101000000123456')).toEqual([['ITALY_BANK_ACCOUNT_NUMBER', 'X0542811101000000123456']]);
    expect(found('código cuenta 2100-0418-45-0200051332')).toEqual([['SPAIN_BANK_ACCOUNT_NUMBER', '2100-0418-45-0200051332']]);
  });
  it('checks the national check digits', () => {
    expect(found('compte bancaire 30002 00550 0000157845Z 02')).toEqual([['FRANCE_BANK_ACCOUNT_NUMBER', '30002 00550 0000157845Z 02']]);
    expect(found('compte bancaire 30002 00550 0000157845Z 03')).toEqual([]);
    expect(found('conto bancario X0542811101000000123457')).toEqual([]);
    expect(found('cuenta cliente id 2100 0418 45 0200051333')).toEqual([]);
  });
  it('needs a keyword', () => {
    expect(found('ref 37040044 0532013000 shipped')).toEqual([]);
  });
  it('leaves IBANs to the IBAN detector', () => {
    const text = 'IBAN: GB29 NWBK 6016 1331 9268 19 and DE89 3704 0044 0532 0130 00';
    expect(found(text)).toEqual([]);
    const both = createEngine([det, iban]).detect('iban GB29NWBK60161331926819');
    expect(both.map((m) => m.detector.id)).toEqual(['iban']);
  });
  it('is linear on long prose and digit runs', () => {
    const text = `account number ${'12 ab 3456 '.repeat(20_000)}`;
    const t0 = performance.now();
    engine.detect(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
