import { defineDetector } from '../src/define.js';
import { allSame, luhn, stripSeparators } from '../src/checks.js';
import type { Span } from '../src/types.js';

/** Issuer prefixes (IIN ranges) and lengths of the networks Macie names, plus JCB's and Maestro's. */
function knownIssuer(d: string, hasKeyword: boolean): boolean {
  const n = d.length;
  const p2 = +d.slice(0, 2);
  const p3 = +d.slice(0, 3);
  const p4 = +d.slice(0, 4);
  const p6 = +d.slice(0, 6);
  if (n >= 13) {
    if (d[0] === '4') return n === 13 || n === 16 || n === 19; // Visa, Visa Electron, Dankort (4571)
    if (p2 >= 51 && p2 <= 55) return n === 16; // Mastercard
    if (p4 >= 2221 && p4 <= 2720) return n === 16; // Mastercard 2-series
    if (p2 === 34 || p2 === 37) return n === 15; // American Express
    if (p4 === 5019) return n === 16; // Dankort
    if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) return n >= 16 && n <= 19; // Discover
    if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
    if (p2 === 35) return n >= 16 && n <= 19; // JCB (3528–3589 assigned; 35xx belongs to no other network)
    if (p4 === 1800 || p4 === 2131) return n === 15; // JCB, 15-digit legacy
    if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p4 === 3095) return n >= 14 && n <= 19; // Diners Club
  }
  // Maestro (12–19 digits): short and overlapping other numbering, so only next to a card keyword.
  const maestro = [5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763, 604, 6390].some((p) => d.startsWith(String(p).padStart(4, '0'))) || (p2 >= 56 && p2 <= 58);
  return hasKeyword && maestro && n >= 12 && n <= 19;
}

/** Macie's list of issuer test numbers it never reports. */
const MACIE_TEST_NUMBERS = [
  '122000000000003', '2222405343248877', '2222990905257051', '2223007648726984', '2223577120017656',
  '30569309025904', '34343434343434', '3528000700000000', '3530111333300000', '3566002020360505', '36148900647913',
  '36700102000000', '371449635398431', '378282246310005', '378734493671000', '38520000023237', '4012888888881881',
  '4111111111111111', '4222222222222', '4444333322221111', '4462030000000000', '4484070000000000', '4911830000000',
  '4917300800000000', '4917610000000000', '4917610000000000003', '5019717010103742', '5105105105105100',
  '5111010030175156', '5185540810000019', '5200828282828210', '5204230080000017', '5204740009900014',
  '5420923878724339', '5454545454545454', '5455330760000018', '5506900490000436', '5506900490000444',
  '5506900510000234', '5506920809243667', '5506922400634930', '5506927427317625', '5553042241984105',
  '5555553753048194', '5555555555554444', '5610591081018250', '6011000990139424', '6011000400000000',
  '6011111111111117', '630490017740292441', '630495060000000000', '6331101999990016', '6759649826438453',
  '6799990100000000019', '76009244561',
];

// Not glued to letters or digits (digits inside hex ids and tokens are not card numbers).
// Plain 13–19 digits, or 4-4-4-4(-1..3) / 4-6-4(5) groups with one consistent separator. Four groups
// inside a longer row of 4-digit groups, decimal or hex (two more before or after), are a table of
// numbers or code points, not a card.
const CANDIDATE =
  /(?<![\w.-])(?:\d{12,19}|(?<![\dA-Fa-f]{4}[ -][\dA-Fa-f]{4,5}[ -])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?!\1[\dA-Fa-f]{4,5}\1[\dA-Fa-f]{4,5}(?!\w))|\d{4}([ -])\d{6}\2\d{4,5})(?![\w]|[.-]\d)/g;

/**
 * Card numbers in text. A 4-4-4-4 card followed by a short group is often the card and its CVV
 * ("4539 1488 0343 6467 123"): when the first sixteen digits are a card (issuer and Luhn), the card
 * is those sixteen, not a 19-digit number with the CVV in it.
 */
function* find(text: string): Iterable<Span> {
  const re = new RegExp(CANDIDATE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    if (m[1] !== undefined && m[0].length > 19) {
      const head = stripSeparators(m[0].slice(0, 19));
      if (knownIssuer(head, false) && luhn(head)) end = m.index + 19;
    }
    yield { start: m.index, end };
  }
}

export default defineDetector({
  id: 'credit-card-number',
  type: 'CREDIT_CARD_NUMBER',
  macie: true,
  category: 'FINANCIAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  description: 'Payment card number: 13–19 digits (Maestro 12–19 next to a keyword), known issuer prefix, Luhn; CREDIT_CARD_NUMBER_(NO_KEYWORD) without a keyword',
  validation: 'Luhn, issuer prefix and length',
  find,
  maxLength: 32,
  keywords: {
    words: [
      'account number', 'american express', 'amex', 'bank card', 'c card', 'card', 'cc #', 'ccn', 'check card',
      'cred card', 'credit', 'credit card', 'credit cards', 'credit no', 'credit num', 'dankort', 'debit',
      'debit card', 'debit no', 'debit num', 'diners club', 'discover', 'electron', 'japanese card bureau', 'jcb',
      'mastercard', 'mc', 'pan', 'payment account number', 'payment card number', 'pcn', 'pmnt #', 'pmnt card',
      'pmnt no', 'pmnt number', 'union pay', 'visa',
    ],
    required: false,
    unkeyedType: 'CREDIT_CARD_NUMBER_(NO_KEYWORD)',
  },
  normalize: stripSeparators,
  validate: (value, ctx) => {
    const d = stripSeparators(value);
    return d.length >= 12 && d.length <= 19 && !allSame(d) && knownIssuer(d, ctx.hasKeyword) && luhn(d);
  },
  allow: MACIE_TEST_NUMBERS,
  examples: {
    // Luhn-valid numbers made up for these tests (not issuer test numbers, which are allowed).
    match: ['4539 1488 0343 6467', '5425-2334-3010-9903', '4916338506082832', '371238839571608', '2720 9912 3456 7894'],
    noMatch: [
      'order 4539148803436468 failed', // Luhn fails
      'ts=1709251200000 done', // epoch ms: no issuer prefix
      'card 4111 1111 1111 1111', // Macie's test-number list
      'id 9539148803436467', // unknown prefix
      'version 4539.1488.0343.6467',
      'order 630427373398 shipped', // 12-digit Maestro shape without a card keyword
      'trace 9f3a4539148803436467bc01 end', // digits inside a hex id
      '5530 5531 5532 4539 1488 0343 6467 5537 5538 5539', // a row of a number table
      '543E 5426 544E 5427 4539 1488 0343 6467 5442 541B', // a row of a code-point table
    ],
  },
});
