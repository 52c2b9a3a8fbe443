import { defineDetector } from '../src/define.js';

/** RUT/RUN check digit: weights 2..7 repeating from the right, 11 − (sum mod 11); 11 → 0, 10 → K. */
function rutCheck(body: string, check: string): boolean {
  let sum = 0;
  let w = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += (body.charCodeAt(i) - 48) * w;
    w = w === 7 ? 2 : w + 1;
  }
  const r = 11 - (sum % 11);
  return check === (r === 11 ? '0' : r === 10 ? 'K' : String(r));
}

/** The example RUT of most Chilean documentation and validators. */
const PUBLISHED = ['123456785'];

export default defineDetector({
  id: 'chile-rut-number',
  type: 'CHILE_RUT_NUMBER',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['high', 'high', 'high'],
  countries: ['CL'],
  description: 'Chilean RUT/RUN (12.345.678-5 or 12345678-5, check digit 0–9 or K) with its keyword',
  validation: 'mod 11 check digit (weights 2–7), K for 10; all-zero numbers rejected',
  // 7 or 8 digits, dotted in groups of three or not at all, then a hyphen and the check digit.
  pattern: /(?<![\d.-]|\d\.)\d{1,2}(\.?)\d{3}\1\d{3}-[\dkK](?![A-Za-z\d]|[-.]\d)/g,
  maxLength: 12,
  keywords: {
    // Not "run": the English word is everywhere ("20220630-1" in a changelog next to "run").
    words: ['rut', 'r.u.t', 'r.u.n', 'rol único nacional', 'rol unico nacional', 'rol único tributario', 'rol unico tributario'],
    required: true,
  },
  normalize: (v) => v.replace(/[.-]/g, '').toUpperCase(),
  allow: PUBLISHED,
  validate: (value) => {
    const v = value.replace(/[.-]/g, '').toUpperCase();
    const body = v.slice(0, -1);
    return !/^0+$/.test(body) && rutCheck(body, v[v.length - 1]!);
  },
  examples: {
    keyword: 'RUT',
    match: ['15.645.039-1', '8485828-5', '19.132.546-K', '11825144-k', '11.425.415-0'],
    noMatch: [
      'RUT 15.645.039-2', // wrong check digit
      'RUT: 12.345.678-5', // published example
      'RUT 00.000.000-0', // all zero
      'RUT 15.645039-1', // inconsistent dots
      'RUT 156450391', // no hyphen before the check digit
      'build 8485828-5 passed', // no keyword
      'run the release 20220630-1 again', // "run" is no keyword
    ],
  },
});
