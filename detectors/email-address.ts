import { defineDetector } from '../src/define.js';
import type { Span } from '../src/types.js';

const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /[A-Za-z0-9.-]/;
/** File names like "icon@2x.png" are not addresses. */
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'js', 'mjs', 'ts', 'css', 'map', 'json', 'html', 'txt', 'md', 'yml', 'yaml', 'lock', 'tgz', 'zip']);

/** Finds each "@" and grows the address around it: linear, bounded by RFC 5321's lengths. */
function* find(text: string): Iterable<Span> {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1]!)) s--;
    if (s === at || (s > 0 && LOCAL.test(text[s - 1]!))) continue;
    while (text[s] === '.' || text[s] === "'") s++;
    let e = at + 1;
    while (e < text.length && e - at <= 253 && DOMAIN.test(text[e]!)) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    if (!local || local.endsWith('.') || local.includes('..')) continue;
    const labels = domain.split('.');
    const tld = labels[labels.length - 1]!;
    if (labels.length < 2 || labels.some((l) => !l || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) continue;
    // Alphabetic, or an internationalised TLD in its ASCII (punycode) form: "xn--p1ai" is .рф.
    if (!/^(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{1,59})$/.test(tld) || FILE_TLDS.has(tld.toLowerCase())) continue;
    yield { start: s, end: e };
  }
}

export default defineDetector({
  id: 'email-address',
  type: 'EMAIL_ADDRESS',
  macie: false,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  description: 'Email address (not a Macie managed identifier; Macie users add it as a custom identifier)',
  validation: 'RFC 5321 lengths, domain labels, alphabetic or punycode (xn--) TLD',
  find,
  prefilter: ['@'],
  maxLength: 320,
  examples: {
    match: ['jane.doe@example.com', 'o.brien+news@mail.example.co.uk', 'first_last99@acme-corp.io', 'a@xn--d1acufc.xn--p1ai'],
    noMatch: ['retina icon@2x.png here', 'install @scope/pkg@1.2.3 now', 'user@localhost is local', 'a @ b . com'],
  },
});
