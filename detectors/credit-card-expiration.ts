import { defineDetector } from '../src/define.js';

const MON = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const YEAR = String.raw`(?:\d{4}|\d{2})`;

/**
 * Macie's forms: 02/26, 02/2026 (also with "-"), Feb 2026, 26-Feb, and bare values after
 * expY= / expM=; plus 2026-02. Not part of a longer date or number ("Apr 29, 2023" is a day).
 */
const PATTERN = new RegExp(
  String.raw`(?<![\w/.:-])(?:\d{1,2}/${YEAR}|\d{2}-${YEAR}|\d{4}[/-]\d{1,2}|${MON}\.?(?: |-|/|, ?)${YEAR}(?!,? ?\d)|\d{2}[ -]${MON}` +
    String.raw`|(?<=exp[ _-]?(?:y|m|year|month)["']?[ =:]{1,3}["']?)\d{1,4})(?![\w]|[/.:-]\d)`,
  'gi',
);
const MONTH_NAME = new RegExp(`^${MON}`, 'i');

/** The month, when it is given, is 1–12; four-digit years are 1990–2099. */
function validDate(value: string, ctx: { text: string; start: number }): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
  if (/^\d+$/.test(value)) {
    const isMonth = /exp[ _-]?m(?:onth)?["']?[ =:]{1,3}["']?$/i.test(before);
    if (isMonth) return value.length <= 2 && +value >= 1 && +value <= 12;
    return value.length === 2 || (value.length === 4 && +value >= 1990 && +value <= 2099);
  }
  const parts = value.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const year = parts.find((p) => p.length === 4);
  if (year && (+year < 1990 || +year > 2099)) return false;
  if (MONTH_NAME.test(value) || /[A-Za-z]$/.test(value)) return true;
  const month = value.length >= 6 && /^\d{4}/.test(value) ? parts[1] : parts[0];
  return month !== undefined && +month >= 1 && +month <= 12;
}

export default defineDetector({
  id: 'credit-card-expiration',
  type: 'CREDIT_CARD_EXPIRATION',
  macie: true,
  category: 'FINANCIAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  description: 'Card expiration date (02/26, 02/2026, Feb 2026, 26-Feb, expY=2026) next to a keyword',
  validation: 'month 1–12, year 1990–2099',
  pattern: PATTERN,
  maxLength: 16,
  keywords: {
    // Macie's list (section 1.3), then common spellings of the same field.
    words: ['exp d', 'exp m', 'exp y', 'expiration', 'expiry',
      'exp:', 'exp.', 'exp date', 'exp month', 'exp year', 'expiration date', 'expiry date', 'valid thru', 'valid through', 'good thru'],
    required: true,
  },
  validate: validDate,
  examples: {
    keyword: 'expiry',
    match: ['02/26', '02/2026', 'Feb 2026', '26-Feb', '2026-02', 'December 2027'],
    noMatch: [
      'expiry 13/26', // no month 13
      'expiry date 02/14/2026 10:00', // a full date, not a card expiry
      'invoice 02/26 paid', // no keyword
      'expiration: version 1.02/26', // not a date
      'expiry 02/3026', // year out of range
      'expiry: Apr 29, 2023', // a full date (day 29), not April 2029
      'password expires 03/26', // not a card: "expires" is not a keyword
    ],
  },
});
