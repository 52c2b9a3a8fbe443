import { defineDetector } from '../src/define.js';
import type { Span } from '../src/types.js';

// RFC 6265: cookie-name is an RFC 7230 token; cookie-value is cookie-octets, optionally in double quotes.
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}";
const OCTETS = '[!#$%&\'()*+./0-9:<=>?@A-Z[\\]^_`a-z{|}~-]{0,4096}';
const VALUE = `(?:"${OCTETS}"|${OCTETS})`;
// Set-Cookie attributes: Expires has an HTTP-date with a comma and spaces; the others are name[=value].
const EXPIRES = 'expires=[A-Za-z]{3},[ ]\\d{1,2}[ -][A-Za-z]{3}[ -]\\d{2,4}[ ]\\d{2}:\\d{2}:\\d{2}[ ]GMT';
const PAIR = `${TOKEN}=${VALUE}`;
const HEADER = new RegExp(
  `(?<![\\w-])(?:set-)?cookie:[ \\t]{0,8}${PAIR}(?:;[ \\t]{0,8}(?:${EXPIRES}|${TOKEN}(?:=${VALUE})?)){0,128}`,
  'gi',
);

/** The header regex, then trailing sentence punctuation and empty attributes are trimmed off. */
function* find(text: string): Iterable<Span> {
  const re = new RegExp(HEADER.source, HEADER.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && /[.;:,)\]}>?!]/.test(text[end - 1]!)) end--;
    const value = text.slice(m.index, end);
    // At least one name=value pair with a non-empty value.
    if (!/^[^:]*:[ \t]*[^=;\s]+=[^;\s]/.test(value)) continue;
    yield { start: m.index, end };
  }
}

export default defineDetector({
  id: 'http-cookie',
  type: 'HTTP_COOKIE',
  macie: true,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  description: 'HTTP Cookie or Set-Cookie header with at least one name=value pair (the whole header)',
  validation: 'RFC 6265 header syntax: field name, token=cookie-value pairs, Set-Cookie attributes',
  find,
  prefilter: ['Cookie', 'cookie', 'COOKIE'],
  maxLength: 8192,
  examples: {
    match: [
      'Cookie: SID=31d4d96e407aad42',
      'Cookie: SID=31d4d96e407aad42; lang=en-US; _ga=GA1.2.1536398424.1700000000',
      'Set-Cookie: id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure; HttpOnly',
      'set-cookie: session="bXlzZWNyZXQ="; Path=/; Max-Age=3600; SameSite=Lax',
    ],
    noMatch: [
      'We use a cookie: see the policy.', // no name=value
      'Cookie: =31d4d96e407aad42', // no name
      'Cookie: SID=', // no value
      'X-Cookie-Policy: SID=31d4', // another header
      'document.cookie = "SID=31d4"', // not a header
    ],
  },
});
