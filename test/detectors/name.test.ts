import { describe, expect, it } from 'vitest';
import det from '../../detectors/name.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det], { minConfidence: 'low' });
/** The engine scans byte strings (UTF-8 bytes as Latin-1); values are decoded back for the assertions. */
const found = (input: string): string[] => {
  const text = Buffer.from(input, 'utf8').toString('latin1');
  return engine.detect(text).map((m) => Buffer.from(text.slice(m.start, m.end), 'latin1').toString('utf8'));
};

describe('name', () => {
  it('finds full names in prose, key/value pairs, JSON and CSV', () => {
    expect(found('You can reach Anna Patel at the front desk.')).toEqual(['Anna Patel']);
    expect(found('customer=Robert Davis status=paid')).toEqual(['Robert Davis']);
    expect(found('{"full_name": "Elizabeth Hanson", "id": 7}')).toEqual(['Elizabeth Hanson']);
    expect(found('id,name,city\n3,Thomas Miller,Denver\n')).toEqual(['Thomas Miller']);
    expect(found('<td>Jennifer Lopez</td>')).toEqual(['Jennifer Lopez']);
    // Names missing from the lists still count when they fill a whole CSV cell or JSON string.
    expect(found('C10003,Priya Raman,priya.r@example.net')).toEqual(['Priya Raman']);
    expect(found('By: Einar Otto Stangvik')).toEqual(['Einar Otto Stangvik']);
  });
  it('keeps initials, particles and Mc/O\' names inside the span, titles outside', () => {
    expect(found('Signed by Maria T. Lopez yesterday')).toEqual(['Maria T. Lopez']);
    expect(found('Dear Mr. John Smith,')).toEqual(['John Smith']);
    expect(found('Ludwig van Beethoven wrote it')).toEqual(['Ludwig van Beethoven']);
    expect(found("Ask Siobhan O'Connor's team")).toEqual(["Siobhan O'Connor"]);
    expect(found('Ask Angus McDonald first')).toEqual(['Angus McDonald']);
  });
  it('reads accented Latin names from UTF-8 bytes', () => {
    expect(found('Name: Šárka Ottová')).toEqual(['Šárka Ottová']);
    expect(found('Producer Ágnes Földesy said so')).toEqual(['Ágnes Földesy']);
  });
  it('drops the sentence-initial common word in front of a name', () => {
    expect(found('Call Anna Patel on 555-0100.')).toEqual(['Anna Patel']);
  });
  it('reads a lower-case name only right after "name is" / "name:", with a given name and a surname', () => {
    expect(found('hi, my name is lena andersson and my card was charged twice')).toEqual(['lena andersson']);
    expect(found("my name's marko jerković but everyone calls me marko")).toEqual(['marko jerković']);
    expect(found('name:    bertram m. jørgensen\naddress: unit 4')).toEqual(['bertram m. jørgensen']);
    expect(found('customer_name = "maria lopez"')).toEqual(['maria lopez']);
    // No cue, a common word, no surname, a single name, a step name in a CI workflow:
    expect(found('follow up with lena andersson soon')).toEqual([]);
    expect(found('my name is will smith')).toEqual([]);
    expect(found('name: grace period')).toEqual([]);
    expect(found('name: lena')).toEqual([]);
    expect(found('- name: run tests\n  name: set up node\n  name: mark release')).toEqual([]);
  });
  it('reports full names only: no single names, no lower-case names elsewhere, no capitals', () => {
    expect(found('John is a cat')).toEqual([]);
    expect(found('lena andersson wrote')).toEqual([]);
    expect(found('JOHN SMITH')).toEqual([]);
    expect(found('J. Smith')).toEqual([]);
  });
  it('ignores capitalised phrases that are not names', () => {
    for (const text of [
      'Service Unavailable: the Request Timeout was hit',
      'Capitalized words like Wisdom and Discipline are often mistaken with names.',
      'Welcome to San Jose and Santa Clara this Monday',
      'ship to 42 Jackson Street, Springfield',
      'Best Regards, Customer Support Team',
      '## Release Notes For Version Two',
      'Morning All, Happy Friday',
      'We met at the Grand Hotel in New York',
    ]) expect(found(text), text).toEqual([]);
  });
  it('ignores identifiers, paths, e-mail local parts and code', () => {
    for (const text of [
      'import { UserProfile } from "./John.Smith.js"; // JohnSmith',
      'path=/Users/John Smith2',
      'mail john.smith@example.com',
      'class JohnSmith extends Base {}',
      'at Object.John (file.js:1:2)',
    ]) expect(found(text), text).toEqual([]);
  });
  it('does not take street names or place names with house numbers', () => {
    expect(found('5850 Jana Nerudy 894')).toEqual([]);
    expect(found('lives on Joaquin Suarez 2906.')).toEqual([]);
  });
  it('reads answers and reports: "What\'s your name?", "User:", "… will be talking"', () => {
    expect(found("What's your name? Sigurlaug Karlsdóttir")).toEqual(['Sigurlaug Karlsdóttir']);
    expect(found('Name on the account? User: Eve Magrath')).toEqual(['Eve Magrath']);
    expect(found('Weronika Martinsen will be talking in the conference')).toEqual(['Weronika Martinsen']);
    expect(found('Zargan Vedzizhev from Garcia-Roberson is the keynote speaker')).toEqual(['Zargan Vedzizhev']);
    expect(found('we need to add Samir Jelenovič as guardian')).toEqual(['Samir Jelenovič']);
  });
  it('does not take companies, link texts or the city line of an address block', () => {
    for (const text of [
      'Morgan Stanley\n\n30866 Ránargata 87 Apt. 652',
      'recorded for Berkshire Hathaway became the first',
      'Read the Docs to Learn More',
      'at Civis Analytics, and Arpin Van Lines',
      'a man who grew up in Shelly Park.',
      'located at 6076 Piroska u. 97.\nPorto Alegre\n, RS\n Brazil 95828',
      '0138 Brisas 6802\n Suite 084\n María Albina\n Uruguay 77212',
    ]) expect(found(text), text).toEqual([]);
    // A name line above a year is still a name.
    expect(found('1996 Lucent Technologies and Jim Ingham\nCopyright 1997-2000')).toEqual(['Jim Ingham']);
  });
  it('is linear on adversarial input', () => {
    const runs = 'Anna Maria Lopez Garcia '.repeat(20_000);
    const caps = 'Xx '.repeat(70_000);
    const letters = 'a'.repeat(200_000);
    const names = 'Anna Patel, '.repeat(20_000); // many names on one long line
    for (const text of [runs, caps, letters, names]) {
      const t0 = performance.now();
      engine.detect(text);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});
