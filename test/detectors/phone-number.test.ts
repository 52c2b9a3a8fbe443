import { describe, expect, it } from 'vitest';
import phoneNumber from '../../detectors/phone-number.js';
import { createEngine } from '../../src/engine.js';
import type { Confidence } from '../../src/types.js';

const engine = createEngine([phoneNumber], { minConfidence: 'low' });
/** Each finding as "value type confidence". */
const found = (text: string): string[] =>
  engine.detect(text).map((m) => `${text.slice(m.start, m.end)} ${m.type} ${m.confidence}`);
const one = (value: string, type: string, confidence: Confidence): string[] => [`${value} ${type} ${confidence}`];

describe('phone-number: Macie keyword rule', () => {
  it('reports a valid number with a country code, or with a keyword, at high', () => {
    expect(found('call +44 20 7946 0958 now')).toEqual(one('+44 20 7946 0958', 'UK_PHONE_NUMBER', 'high'));
    expect(found('Phone: 020 7946 0958')).toEqual(one('020 7946 0958', 'UK_PHONE_NUMBER', 'high'));
  });

  it('keeps a number without keyword or country code at low, unless it is a strongly formatted NANP number', () => {
    expect(found('dial 020 7946 0958 today')).toEqual(one('020 7946 0958', 'UK_PHONE_NUMBER', 'low'));
    expect(found('dial 415 555 0132 today')).toEqual(one('415 555 0132', 'PHONE_NUMBER', 'low'));
    expect(found('section 252.227-7013 applies')).toEqual(one('252.227-7013', 'PHONE_NUMBER', 'low'));
    expect(found('area code 296: 296-555-0132')).toEqual(one('296-555-0132', 'PHONE_NUMBER', 'low'));
  });

  it.each(['(415) 555-0132', '(415)555-0132', '415-555-0132', '415.555.0132', '1-800-555-0199', '415-555-0132x12'])(
    'reports the strongly formatted NANP number %s at medium without a keyword',
    (value) => {
      expect(found(`Ticket notes: ${value}.`)).toEqual(one(value, 'PHONE_NUMBER', 'medium'));
    },
  );
});

describe('phone-number: phone-shaped numbers next to a keyword', () => {
  it.each([
    ['Phone:\n60-56-85-91', '60-56-85-91'],
    ['Phone: (99) 645-791', '(99) 645-791'],
    ['Phone: 467 3395', '467 3395'],
    ['Mobile: 723 813 266', '723 813 266'],
    ['Phone:\n(08) 8747 6301', '(08) 8747 6301'],
    ['28-64-66-98 office, fax 77 12 34 56', '77 12 34 56'],
  ])('reports %j at medium', (text, value) => {
    expect(found(text)).toContainEqual(`${value} PHONE_NUMBER medium`);
  });

  it.each([
    ['Mobile: +1-984-182-0190', '+1-984-182-0190'],
    ['930.167.3943 fax', '930.167.3943'],
    ['Office: 085 175 7641 / 3660170548-Fax', '3660170548'],
    ['tel 415-911-0132', '415-911-0132'],
  ])('reports a North American number with an unassigned exchange next to a keyword: %j', (text, value) => {
    expect(found(text)).toContainEqual(`${value} PHONE_NUMBER medium`);
  });

  it('reports a +code number that libphonenumber finds possible, typed by its calling code', () => {
    expect(found('Tel: +41 (0)96 471 07 95')).toEqual(one('+41 (0)96 471 07 95', 'PHONE_NUMBER', 'medium'));
    expect(found('Mobile: +447700 921 916')).toEqual(one('+447700 921 916', 'UK_PHONE_NUMBER', 'medium'));
  });

  it.each([
    'Phone: 467 3395 12:30', // the last group runs into a time
    'Date: 1978-04-13 12:20:39 Name: Jane Roe Phone:', // a date and time
    'contact: 12.05.2023', // a date
    'Copyright 2016-2020 Endless Mobile, Inc.', // a year range
    'contact us: 2016 2017 2018', // a list of years
    'Contact: 54321-1234', // ZIP+4 (not a valid number anywhere)
    'handy 7.750903 4.423394', // decimals
    'phone: 1.2.3.4567', // one-digit groups
    'phone: 115-555-0132', // NANP shape with an area code starting with 1
    'fax 3110170548', // ten digits with an N11 area code
    'cell 3782 822463 10005', // card-shaped (Amex 4-6-5)
    'checksum 4150509955 sent by fax', // ten bare digits, unassigned exchange, the keyword not right next to them
    'zlib.crc32(data, callback); // 4150509955', // "callback" is code, not a phone keyword
    'Phone: 1 23 45', // too few digits
  ])('reports nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Can someone call me on 9472 7916?', '9472 7916'],
    ['They are not answering at 079 2718 1155', '079 2718 1155'],
    ['Please stop sending messages to 0688 872 49 99', '0688 872 49 99'],
    ['text me at 450 0840 after six', '450 0840'],
    ['my number: 0494 92 82 32', '0494 92 82 32'],
  ])('takes what people write before their number as a keyword: %j', (text, value) => {
    const [m, ...rest] = engine.detect(text);
    expect(rest).toEqual([]);
    expect([text.slice(m!.start, m!.end), m!.confidence === 'low']).toEqual([value, false]);
    expect(m!.keyword).toBeDefined();
  });

  it('does not take "number is" alone as a phone keyword', () => {
    expect(found("my driver's license number is 2270-66-1551")).toEqual([]);
  });

  it('does not report phone-shaped numbers without a keyword', () => {
    expect(found('Order 60-56-85-91 shipped')).toEqual([]);
    expect(found('Ref (99) 645-791')).toEqual([]);
  });
});

describe('phone-number: a country named in front of a national number', () => {
  it.each([
    ['My Israeli number is 09-7625400', '09-7625400', 'PHONE_NUMBER'],
    ['My Japanese number is 090-1234-5678', '090-1234-5678', 'PHONE_NUMBER'],
    ['My CN number is 13812345678', '13812345678', 'PHONE_NUMBER'],
    ['Spain: 912 345 678', '912 345 678', 'SPAIN_PHONE_NUMBER'],
    ['French office, German line 030 901820', '030 901820', 'GERMANY_PHONE_NUMBER'],
  ])('validates %j in that country\'s plan, at medium', (text, value, type) => {
    expect(found(text)).toEqual(one(value, type, 'medium'));
  });

  it('names the country as the evidence (--explain, keyword), with its distance', () => {
    const [m] = engine.detect('My Japanese number is 090-1234-5678');
    expect([m!.keyword, m!.keywordDistance, m!.confidence]).toEqual(['Japanese', 11, 'medium']);
  });

  it.each([
    'My cn number is 13812345678', // an ISO code counts only in capitals
    'Japanese order 13812345678', // valid in China, not in Japan
    'Chinese release 2016 2017 2018', // years
    'Israeli report 2023-10-07', // a date
    'in it 13812345678', // no country
  ])('reports nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
