import { defineDetector } from '../src/define.js';
import { compileKeywords } from '../src/keywords.js';
import type { MatchContext } from '../src/types.js';

const WORDS = [
  // Macie's list (section 1.3).
  'card id', 'card identification code', 'card identification number', 'card security code', 'card validation code',
  'card validation number', 'card verification data', 'card verification value', 'cvc', 'cvc2', 'cvv', 'cvv2',
  'elo verification code',
  // Common spellings of the same field.
  'security code', 'csc', 'cvn', 'cvv code', 'cvc code',
];
const KEYWORDS = compileKeywords(WORDS);
/** How far before the value the keyword may end: tighter than Macie's 30 characters. */
const REACH = 20;

/** The value is the first 3–4 digit number after a keyword that ends at most REACH characters before it. */
function afterKeyword(_value: string, ctx: MatchContext): boolean {
  // A keyword in the column header or JSON path: the cell or field holds the code.
  const labels = (ctx as { labels?: readonly string[] }).labels;
  if (labels?.some((l) => KEYWORDS.inLabel(l))) return true;
  const hits = KEYWORDS.hits(ctx.text, Math.max(0, ctx.start - REACH - KEYWORDS.maxLength), ctx.start);
  const last = hits.filter(([, e]) => e <= ctx.start).pop();
  if (!last || ctx.start - last[1] > REACH) return false;
  return !/\d{3}/.test(ctx.text.slice(last[1], ctx.start));
}

export default defineDetector({
  id: 'credit-card-security-code',
  type: 'CREDIT_CARD_SECURITY_CODE',
  macie: true,
  category: 'FINANCIAL_INFORMATION',
  severity: ['medium', 'high', 'high'],
  description: 'Card verification code (CVV/CVC/CID, 3–4 digits) right after its keyword',
  validation: 'first 3–4 digit number within 20 characters after the keyword',
  // Not part of a longer number, a decimal, a date or a digit group ("4539 1488").
  pattern: /(?<![\w./-]|\b\d{1,19}[ :])\d{3,4}(?![\w/:-]|[.,]\d| \d)/g,
  maxLength: 4,
  keywords: { words: WORDS, required: true, distance: REACH },
  validate: afterKeyword,
  examples: {
    keyword: 'CVV',
    match: ['123', '4821'],
    noMatch: [
      'Card ID: 4539 1488 0343 6467', // a card number, not a code
      'order 123 shipped, total 45.99', // no keyword
      'cvv: 12.50 fee', // a decimal
      'cvv2 check failed at 10:45 on 2026-02-14', // a time and a date
      'card security code printed on the back; see the guide, ref 5521', // too far from the keyword
      'cvv: n/a, zip 94107',
    ],
  },
});
