import { describe, expect, it } from 'vitest';
import det from '../../detectors/address.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det], { minConfidence: 'low' });
const engineDefault = createEngine([det]);
/**
 * The engine scans byte strings (UTF-8 bytes as Latin-1); values are decoded back for the assertions,
 * with their confidence in front when `withConfidence`.
 */
const detect = (input: string, eng = engine, withConfidence = false): string[] => {
  const text = Buffer.from(input, 'utf8').toString('latin1');
  return eng.detect(text).map((m) => `${withConfidence ? `${m.confidence} ` : ''}${Buffer.from(text.slice(m.start, m.end), 'latin1').toString('utf8')}`);
};
const found = (input: string): string[] => detect(input);

describe('address', () => {
  it('finds US addresses: street, unit, city, state and ZIP in one line or as a block', () => {
    expect(found('ship to 742 Evergreen Terrace, Springfield, IL 62704 today')).toEqual(['742 Evergreen Terrace, Springfield, IL 62704']);
    expect(found('"addr":"1600 Pennsylvania Avenue NW, Washington, DC 20500-0003"')).toEqual(['1600 Pennsylvania Avenue NW, Washington, DC 20500-0003']);
    expect(found('Jane Roe\n500 W 42nd St Apt 4B\nNew York, NY 10036\nUSA')).toEqual(['500 W 42nd St Apt 4B\nNew York, NY 10036']);
    expect(found('12139 Main Way, Denver, CO 33014')).toEqual(['12139 Main Way, Denver, CO 33014']);
    expect(found('Mail: PO Box 1234, Austin, Texas 78701')).toEqual(['PO Box 1234, Austin, Texas 78701']);
    expect(found('PSC 9009, Box 9725\nAPO AA 33274')).toEqual(['PSC 9009, Box 9725\nAPO AA 33274']);
  });
  it('finds CA, UK and AU addresses by their postal codes', () => {
    expect(found('350 Bay Street, Suite 700, Toronto, ON M5H 2S6')).toEqual(['350 Bay Street, Suite 700, Toronto, ON M5H 2S6']);
    expect(found('221B Baker Street, London NW1 6XE')).toEqual(['221B Baker Street, London NW1 6XE']);
    expect(found('10 Downing Street\nLondon\nSW1A 2AA')).toEqual(['10 Downing Street\nLondon\nSW1A 2AA']);
    expect(found('10 Smith Street, Parramatta NSW 2150')).toEqual(['10 Smith Street, Parramatta NSW 2150']);
  });
  it('finds FR, DE, IT and ES addresses (postal code before the place)', () => {
    expect(found('Adresse : 12 rue de la Paix, 75002 Paris.')).toEqual(['12 rue de la Paix, 75002 Paris']);
    expect(found('Anschrift: Hauptstraße 5, 60311 Frankfurt am Main')).toEqual(['Hauptstraße 5, 60311 Frankfurt am Main']);
    expect(found('Via Roma 10, 00184 Roma (RM)')).toEqual(['Via Roma 10, 00184 Roma (RM)']);
    expect(found('Calle Mayor 5, 28013 Madrid, España')).toEqual(['Calle Mayor 5, 28013 Madrid']);
    expect(found('Kurfürstendamm 21, 10719 Berlin')).toEqual(['Kurfürstendamm 21, 10719 Berlin']);
    expect(found('Unter den Linden 77, 10117 Berlin')).toEqual(['Unter den Linden 77, 10117 Berlin']);
    expect(found('Friedrichstr. 43-45, 10117 Berlin')).toEqual(['Friedrichstr. 43-45, 10117 Berlin']);
  });
  it('finds address blocks that end in a country name and its postal code', () => {
    expect(found('It is in 6688 Kopfhölzistrasse 45 Suite 652\nFORT-DE-FRANCE\n, MQ\n France 42755 now')).toEqual(['6688 Kopfhölzistrasse 45 Suite 652\nFORT-DE-FRANCE\n, MQ\n France 42755']);
    expect(found('at 48010 Paseo del Atlántico 81\n Suite 762\n Torroella de Montgrí\n Spain 20416')).toEqual(['48010 Paseo del Atlántico 81\n Suite 762\n Torroella de Montgrí\n Spain 20416']);
    expect(found('974\nVia Roma 131\n Apt. 425\n Montafia\n Italy 39767')).toEqual(['Via Roma 131\n Apt. 425\n Montafia\n Italy 39767']);
    expect(found('1317 Kimberly Way\n Apt. 962\n Grand Rapids\n United States 21959')).toEqual(['1317 Kimberly Way\n Apt. 962\n Grand Rapids\n United States 21959']);
    // Quoted in an e-mail reply: each line starts with ">".
    expect(found('>Marta Palermo\n>1072 Pohlstrasse 9\n>Suite 858\n>Börßum\n>Germany 71234')).toEqual(['1072 Pohlstrasse 9\n>Suite 858\n>Börßum\n>Germany 71234']);
    expect(found('> 3369 24 Clarke Avenue\n> Apt. 805\n> Pines Beach\n> New Zealand')).toEqual(['3369 24 Clarke Avenue\n> Apt. 805\n> Pines Beach\n> New Zealand']);
  });
  it('takes a European street name after an English-style house number', () => {
    expect(found('Address: 3421 Fagradalsbraut 71\nPisão\n, CO\n 46381')).toEqual(['3421 Fagradalsbraut 71\nPisão\n, CO\n 46381']);
    expect(found('Located at 6556 106 Rue Ettatawer Apt. 409\nSOUTH NEWDEGATE, WA 16469')).toEqual(['6556 106 Rue Ettatawer Apt. 409\nSOUTH NEWDEGATE, WA 16469']);
    expect(found('Please return to Unit 4719 Box 7394\nDPO AP 70942')).toEqual(['Unit 4719 Box 7394\nDPO AP 70942']);
  });
  it('needs a street line, a city and a postal code (Macie; a street line alone is reported at low confidence only)', () => {
    for (const text of [
      'Springfield, IL 62704', // no street line
      'order 12345 shipped to IL 62704 warehouse',
      'took 12345 ms in region CA 94105',
      'build 10115 Berlin runner', // no street before the postcode
      'See section 5 Street Fighter II for details',
      '742 Evergreen Terrace, Springfield, XX 62704', // not a state
      '10 Downing Street, London SW1A', // incomplete postcode
      'Room 5, 12345 Users online', // English words, not a street and a place
      'Top 10 Things To Do, Madrid, Spain 28013', // no house number and street name
      'Chapter 3 Getting Started 12, London SW1A 2AA',
    ]) expect(detect(text, engineDefault), text).toEqual([]);
  });
  it('reports a street line without a Macie postal code: with its city and country, or an address keyword; else at low confidence', () => {
    const conf = (input: string): string[] => detect(input, engine, true);
    expect(conf('send it to 1987 74 Diakou Street\n Suite 680\n Kissousa\n Cyprus 36903? I am in town')).toEqual(['medium 1987 74 Diakou Street\n Suite 680\n Kissousa\n Cyprus 36903']);
    expect(conf('Our offices are located at 9931 14 Iliou Street, MARIEHOLM, Sweden')).toEqual(['medium 9931 14 Iliou Street, MARIEHOLM, Sweden']);
    expect(conf('his address: 7873 216 Menzies Street')).toEqual(['medium 7873 216 Menzies Street']);
    expect(conf('Meet at 5 Main Street tomorrow')).toEqual(['low 5 Main Street']);
    expect(conf('The title refers to 1668 Glyn St street in Highveld')).toEqual(['low 1668 Glyn St']);
    // A year or a date is not a house number; a street type needs a name before it.
    expect(conf('Copyright 2018 Glen Maddern, updated 10 Jun 2026 22:00, see 5 Street Fighter')).toEqual([]);
    expect(conf('Copyright 1990 1991 Tektronix Inc.')).toEqual([]);
  });
  it('reports each address once and keeps neighbours apart', () => {
    const text = '1 Elm St, Boise, ID 83702; 2 Oak Ave, Tampa, FL 33602';
    expect(found(text)).toEqual(['1 Elm St, Boise, ID 83702', '2 Oak Ave, Tampa, FL 33602']);
  });
  it('is linear on adversarial input', () => {
    for (const text of ['IL 62704 '.repeat(25_000), '12345 Paris '.repeat(18_000), '123 Main St '.repeat(18_000), 'SW1A 1AA '.repeat(25_000), '1 A St, B, IL 62704 '.repeat(10_000)]) {
      const t0 = performance.now();
      engine.detect(text);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});
