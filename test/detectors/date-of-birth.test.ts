import { describe, expect, it } from 'vitest';
import dateOfBirth from '../../detectors/date-of-birth.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([dateOfBirth]);
const found = (text: string, labels?: string[]): string[] =>
  engine.detect(text, 0, text.length, labels ? { labels } : undefined).map((m) => text.slice(m.start, m.end));

describe('date-of-birth: keyword rule (Macie: within 30 characters, either side)', () => {
  it('finds a date 30 characters after the keyword but not 31', () => {
    const gap30 = `DOB${' '.repeat(30)}17/06/1976`;
    const gap31 = `DOB${' '.repeat(31)}17/06/1976`;
    expect(found(gap30)).toEqual(['17/06/1976']);
    expect(found(gap31)).toEqual([]);
  });

  it('accepts the keyword after the value', () => {
    expect(found('1985-01-01 is my birthday.')).toEqual(['1985-01-01']);
  });

  it('accepts keyword variants: space as _, - or nothing; plural; d.o.b.; born', () => {
    expect(found('date_of_birth=1985-01-01')).toEqual(['1985-01-01']);
    expect(found('dateOfBirth: 1985-01-01')).toEqual(['1985-01-01']);
    expect(found("The claimant's, d.o.b. is 4 June 1976")).toEqual(['4 June 1976']);
    expect(found('I was born 15th June 1991')).toEqual(['15th June 1991']);
    expect(found('Birthdays: 02/03/1990 and 04/05/1991')).toEqual(['02/03/1990', '04/05/1991']);
  });

  it('accepts a keyword in the CSV column header or JSON path', () => {
    expect(found('1985-01-01', ['dob'])).toEqual(['1985-01-01']);
    expect(found('1985-01-01', ['customer', 'birth_date'])).toEqual(['1985-01-01']);
  });

  it('ignores dates without a keyword and keywords inside other words', () => {
    expect(found('Invoice date 17/06/1976, shipped 18/06/1976')).toEqual([]);
    expect(found('adobe 17/06/1976')).toEqual([]); // "dob" inside "adobe"
  });
});

describe('date-of-birth: calendar', () => {
  it('takes d/m/y or m/d/y, whichever is a real date', () => {
    expect(found('DOB 12/31/1980')).toEqual(['12/31/1980']); // m/d/y
    expect(found('DOB 31/12/1980')).toEqual(['31/12/1980']); // d/m/y
    expect(found('DOB 31/31/1980')).toEqual([]);
  });

  it('checks leap years', () => {
    expect(found('DOB 29.02.1996')).toEqual(['29.02.1996']);
    expect(found('DOB 29.02.1900')).toEqual([]); // 1900 was not a leap year
    expect(found('DOB 2000-02-29')).toEqual(['2000-02-29']);
  });

  it('rejects years before 1900 and dates in the future', () => {
    const next = new Date().getUTCFullYear() + 1;
    expect(found('DOB 1899-12-31')).toEqual([]);
    expect(found(`DOB ${next}-01-01`)).toEqual([]);
  });

  it('reads month names and abbreviations', () => {
    expect(found('Date of birth: Sept. 3, 1970')).toEqual(['Sept. 3, 1970']);
    expect(found('dob 3rd of March 1970')).toEqual(['3rd of March 1970']);
    expect(found('dob 22-NOV-72')).toEqual(['22-NOV-72']);
    expect(found('dob 31 Feb 1970')).toEqual([]);
  });

  it('does not take a date out of a longer number or a timestamp', () => {
    expect(found('DOB 1.17.06.1976')).toEqual([]);
    expect(found('DOB 1976-06-17T10:00:00Z')).toEqual([]);
  });
});

describe('date-of-birth: linear time', () => {
  it('handles 200 KB of digits and separators near a keyword quickly', () => {
    const text = `dob ${'1/1/'.repeat(50_000)}`;
    const t0 = performance.now();
    engine.detect(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
