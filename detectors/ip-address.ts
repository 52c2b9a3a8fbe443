import { defineDetector } from '../src/define.js';
import { compileKeywords } from '../src/keywords.js';
import type { Span } from '../src/types.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Dotted quad without leading zeros, optionally with a CIDR prefix length; not part of a longer dotted number. */
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?:/(?:3[0-2]|[12]?\\d))?(?![\\w]|\\.\\d)`, 'g');
const IPV4_WHOLE = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
/** Characters an IPv6 address is made of: hex digits, ':' and '.' (embedded IPv4). */
const isV6Char = (c: number): boolean => (c >= 48 && c <= 58) || c === 46 || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** Before an address: not a word character or '%' (the run would continue a longer token). */
const isGlue = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 37;

/**
 * Runs of IPv6 characters (2–45 long, not glued to a word, a ':' within the first 40), found from
 * each ':' outwards: every character is looked at a bounded number of times, and text without
 * colons costs one indexOf.
 */
function* ipv6Runs(text: string): Iterable<Span> {
  const n = text.length;
  for (let c = text.indexOf(':'); c !== -1; ) {
    let s = c;
    while (s > 0 && isV6Char(text.charCodeAt(s - 1))) s--;
    let e = c + 1;
    while (e < n && isV6Char(text.charCodeAt(e))) e++;
    const firstColon = text.indexOf(':', s);
    if (!(s > 0 && isGlue(text.charCodeAt(s - 1))) && e - s >= 2 && e - s <= 45 && firstColon - s <= 39) yield { start: s, end: e };
    c = e < n ? text.indexOf(':', e) : -1;
  }
}
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/**
 * RFC 4291 text forms: eight groups, `::` compression (once), an embedded dotted quad in the
 * last 32 bits. Requires at least one digit, so `::` alone and words such as `dead::beef` do not count.
 */
export function isIPv6(s: string): boolean {
  if (!/\d/.test(s)) return false;
  let body = s;
  if (body.includes('.')) {
    const i = body.lastIndexOf(':');
    if (i < 0 || !IPV4_WHOLE.test(body.slice(i + 1))) return false;
    body = `${body.slice(0, i + 1)}0:0`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string): string[] => (h === '' ? [] : h.split(':'));
  const left = groups(halves[0]!);
  const right = halves.length === 2 ? groups(halves[1]!) : [];
  if (!left.every((g) => HEX_GROUP.test(g)) || !right.every((g) => HEX_GROUP.test(g))) return false;
  const n = left.length + right.length;
  return halves.length === 2 ? n <= 7 : n === 8;
}

/**
 * Version strings and section numbers look like dotted quads: "version 1.2.3.4", "Version=4.0.0.0",
 * `"version": "10.0.0.1"`, "Chrome/120.0.0.0", "see section 2.1.4.3", "update V8 to 4.6.85.31",
 * "gettext-0.19.8.1". A dotted quad right after such a word or phrase, after `Product/`, `name-`,
 * `$` or `§` (spec sections: "ES6$25.4.5.4", "RFC 7540 8.1.2.4"), or followed by
 * `-suffix` ("11.3.244.8-node.9") is not reported. Precision over recall: an IP written right after the
 * word "version" is lost, which is rare; version strings that parse as IPv4 are common in code and logs.
 */
const VERSION_CONTEXT =
  /(?:^|[^A-Za-z])(?:version|ver|vers|v|build|release|rel|rev|revision|firmware|fw|sdk|api level|section|sect|sec|chapter|clause|figure|fig|table|step|oid)["']?\s{0,3}(?:[:=#]|no\.?|number)?\s{0,3}["']?$|(?:^|[^A-Za-z])(?:(?:upgrade|update|bump)(?:s|d|ed)?(?: [\w.+-]{1,16}){0,2} to|prepare for|changes in|fixed in|introduced in)\s{1,3}$|[A-Za-z]\/$|[A-Za-z][-_]$|[$§]\s?$|rfc\s?\d{1,5},?\s(?:section\s)?$/i;

function versionLike(text: string, start: number): boolean {
  return VERSION_CONTEXT.test(text.slice(Math.max(0, start - 24), start));
}

/** An IPv6 prefix length right after the address: /0 to /128. */
const PREFIX6 = /^\/(?:12[0-8]|1[01]\d|[1-9]?\d)(?![\w])/;

function* find(text: string): Iterable<Span> {
  const v6: Span[] = [];
  for (const r of ipv6Runs(text)) {
    const start = r.start;
    let end = r.end;
    while (end > start && text[end - 1] === '.') end--;
    if (text[end - 1] === ':' && text[end - 2] !== ':') end--;
    const addr = text.slice(start, end);
    // "::" alone is C++ and Rust scope syntax; with a prefix length ("::/0", the IPv6 default route) it is an address.
    const unspecifiedRoute = addr === '::' && PREFIX6.test(text.slice(end, end + 5));
    if (!unspecifiedRoute && ((addr.match(/:/g)?.length ?? 0) < 2 || !isIPv6(addr))) continue;
    if (/^[0-9A-Fa-f]{2}(?::{1,2}[0-9A-Fa-f]{2}){4,}$/.test(addr)) continue; // MAC / EUI-64 written with colons
    // Zone index (fe80::1%eth0) and prefix length (2001:db8::/32).
    const zone = /^%[A-Za-z0-9_-](?:[A-Za-z0-9_.-]{0,14}[A-Za-z0-9_-])?/.exec(text.slice(end, end + 17));
    if (zone) end += zone[0].length;
    const prefix = PREFIX6.exec(text.slice(end, end + 5));
    if (prefix) end += prefix[0].length;
    if (end < text.length && /\w/.test(text[end]!)) continue; // glued to a word: fe80::1text
    v6.push({ start, end });
  }
  const out: Span[] = [...v6];
  const quad = new RegExp(IPV4.source, IPV4.flags);
  for (let m = quad.exec(text); m; m = quad.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (v6.some((s) => start < s.end && end > s.start)) continue; // the tail of an IPv6 address
    if (versionLike(text, start)) continue;
    if (/^-[A-Za-z]/.test(text.slice(end, end + 2))) continue; // 11.3.244.8-node.9, 1.0.0.0-beta
    out.push({ start, end });
  }
  yield* out.sort((a, b) => a.start - b.start);
}

/**
 * Words that say an address is meant ("host 1.2.3.4", "ip=5.6.7.8"): within 30 characters they keep a
 * quad of one-digit numbers at high (see validate). Looked up for those quads only, so that the other
 * 25,000 addresses in a 16 MiB log do not each pay for a keyword search.
 */
const ADDRESS_WORDS = compileKeywords(['ip', 'ip address', 'ipv4', 'ip addr', 'host', 'hostname', 'server', 'addr', 'peer', 'client', 'remote', 'dns', 'nameserver', 'resolver', 'gateway', 'src', 'dst', 'proxy', 'ping', 'subnet', 'netmask', 'connect', 'connected', 'listen', 'bind']);

export default defineDetector({
  id: 'ip-address',
  type: 'IP_ADDRESS',
  macie: false,
  category: 'PERSONAL_INFORMATION',
  severity: ['low', 'medium', 'high'],
  description: 'IPv4 or IPv6 address (not a Macie managed identifier; CloudWatch Logs data protection has IpAddress)',
  validation:
    'IPv4 octets 0–255 without leading zeros, not part of a longer dotted number or a version string; IPv6 per RFC 4291 incl. :: and embedded IPv4; loopback, unspecified, 0.x and one-digit quads (1.7.5.4) at low confidence',
  find,
  maxLength: 64,
  // Loopback, unspecified and broadcast addresses identify no one: kept at low confidence only. So are
  // quads of four one-digit numbers without an address word near: in text they are version numbers
  // ("Prepare for 1.7.5.4", "gcc 2.7.2.1").
  validate: (value, ctx) => {
    const a = value.replace(/\/\d+$/, '').toLowerCase();
    if (/^127\./.test(a) || a === '0.0.0.0' || a === '255.255.255.255' || /^(?:0{0,4}:){2,7}0{0,3}[01]$/.test(a) || a === '::') {
      return 'low';
    }
    if (/^\d\.\d\.\d\.\d$/.test(a)) return ADDRESS_WORDS.near(ctx.text, ctx.start, ctx.end, 30) ? true : 'low';
    if (/^0\.\d/.test(a)) return 'low'; // 0.0.0.0/8 is "this network" (RFC 1122), never a host: "0.19.8.1" is a version
    return true;
  },
  examples: {
    match: [
      '192.168.0.1',
      '203.0.113.45',
      '10.0.0.0/8',
      '2001:db8::8a2e:370:7334',
      '2400:c401::5054:ff:fe1b:b031',
      '684D:1111:222:3333:4444:5555:6:77',
      '::ffff:192.0.2.1',
      'fe80::1%eth0',
      '2001:db8::/32',
    ],
    noMatch: [
      'version 1.2.3.4', // a version string, not an address
      'Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36', // user agent versions
      'OID 1.3.6.1.4.1.311 registered', // longer dotted number
      'host 192.168.01.1 down', // leading zero
      'addr 256.1.1.1', // octet out of range
      'Time 12:34:56 and ratio 1:2:3:4', // not IPv6
      'std::cout << MyClass::toString', // C++ scopes
      'MAC address aa:bb:cc:dd:ee:ff', // MAC, not IPv6
      'bad 2001::db8::1 and 12345:db8::1', // two :: / five-digit group
      'deps: update V8 to 4.6.85.31; m4: upgrade to gettext-0.19.8.1', // versions
    ],
  },
});
