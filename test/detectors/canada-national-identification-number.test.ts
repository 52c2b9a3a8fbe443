import { describe, expect, it } from 'vitest';
import pr from '../../detectors/canada-national-identification-number.js';
import { fromByteString, toByteString } from '../../src/bytes.js';
import { createEngine } from '../../src/engine.js';
import { scanText } from '../../src/index.js';
import type { MatchContext } from '../../src/types.js';

const engine = createEngine([pr]);
/** engine.detect scans byte strings (UTF-8 bytes as Latin-1 characters): accented texts are converted. */
const found = (text: string): string[] => {
  const bytes = toByteString(text);
  return engine.detect(bytes).map((m) => fromByteString(bytes.slice(m.start, m.end)));
};
const ctx: MatchContext = { hasKeyword: true, text: '', start: 0, end: 0, minConfidence: 'medium' };
const valid = (v: string): boolean => pr.validate!(v, ctx) === true;
const TYPE = 'CANADA_NATIONAL_IDENTIFICATION_NUMBER';

describe('canada-national-identification-number: values published by others', () => {
  // IRCC describes the UCI ("client ID", "ID No." on the PR card) as 8 digits, 0000-0000, or 10 digits,
  // 00-0000-0000; it publishes no check digit. Those placeholders are all zero: rejected.
  it("rejects IRCC's all-zero placeholders", () => {
    expect(valid('0000-0000')).toBe(false);
    expect(valid('00-0000-0000')).toBe(false);
    expect(found('UCI 0000-0000, UCI 00-0000-0000')).toEqual([]);
  });
  // Immigration guides' examples (e.g. "01-2345-6789 or 1234-5678", allpassimmigration; "12-3456-7890",
  // worldbridge.media): well-formed, so valid, but documentation examples: not reported.
  it('does not report the guides\' example UCIs', () => {
    for (const v of ['01-2345-6789', '1234-5678', '12-3456-7890']) expect(valid(v)).toBe(true);
    expect(found('UCI: 01-2345-6789, PR number 1234-5678, client UCI 12-3456-7890')).toEqual([]);
  });
  // The temporary identifiers of the same guides (CAN000123456789, X01-2345-6789, T01-…) are not UCIs.
  it('does not take temporary identifiers', () => {
    expect(found('UCI CAN000123456789, UCI X01-2345-6789, UCI T31-4159-2653')).toEqual([]);
  });
});

describe('canada-national-identification-number: matching', () => {
  it('finds 4-4 and 2-4-4 forms, separated or not', () => {
    expect(found('Permanent Resident Card — ID No.: 3141-5926')).toEqual(['3141-5926']);
    expect(found('PR No. 27-1828-1828')).toEqual(['27-1828-1828']);
    expect(found('Unique Client Identifier 5820971645')).toEqual(['5820971645']);
    expect(found('carte de résident permanent : 46 0173 9528')).toEqual(['46 0173 9528']);
  });
  it('needs consistent separators and no longer number around it', () => {
    expect(found('UCI 27-1828 1828, UCI 3141-59265, UCI 1.3141-5926, UCI 4111 1111 1234 5678')).toEqual([]);
  });
  it('needs its keyword within 30 characters', () => {
    expect(found(`PR card${' '.repeat(31)}3141-5926`)).toEqual([]);
  });
});

describe('canada-national-identification-number: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Applicant: Jane Roe, PR card client ID (UCI): 27-1828-1828');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['27-1828-1828']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('Ticket 27-1828-1828 closed').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
