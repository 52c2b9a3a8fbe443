import { describe, expect, it } from 'vitest';
import ipAddress, { isIPv6 } from '../../detectors/ip-address.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([ipAddress]);
const lowEngine = createEngine([ipAddress], { minConfidence: 'low' });
const found = (text: string, e = engine): string[] => e.detect(text).map((m) => text.slice(m.start, m.end));

describe('ip-address: IPv6 text forms (RFC 4291, RFC 5952)', () => {
  it.each([
    '2001:0db8:85a3:0000:0000:8a2e:0370:7334', // full form
    '2001:db8:85a3:0:0:8a2e:370:7334', // leading zeros dropped
    '2001:db8::8a2e:370:7334', // :: in the middle
    '2001:db8::', // :: at the end
    '::8a2e:370:7334', // :: at the start
    'fe80::1',
    '2001:DB8::1', // upper case
    '::ffff:192.0.2.1', // IPv4-mapped
    '64:ff9b::198.51.100.1', // NAT64
    '0:0:0:0:0:FFFF:129.144.52.38', // full form with embedded IPv4
    '2001:db8:0:0:0:0:192.168.1.1',
    '1:2:3:4:5:6:7::', // :: standing for one group
  ])('accepts %s', (value) => {
    expect(isIPv6(value)).toBe(true);
    expect(found(`addr ${value} up`)).toEqual([value]);
  });

  it.each([
    '2001::db8::1', // two ::
    '12345:db8::1', // five-digit group
    'gggg:hhhh::1234', // not hex
    '1:2:3:4:5:6:7', // seven groups without ::
    '1:2:3:4:5:6:7:8:9', // nine groups
    '1:2:3:4:5:6:7::8', // :: standing for no group
    '::ffff:256.0.0.1', // bad embedded IPv4
    '::ffff:192.168.1', // short embedded IPv4
    '2001:db8::1.2.3.4:5', // IPv4 not at the end
    ':1:2:3:4:5:6:7', // single leading colon
  ])('rejects %s', (value) => {
    expect(isIPv6(value)).toBe(false);
  });

  it('keeps brackets, ports and punctuation out of the span', () => {
    expect(found('Connect to [2001:db8::1]:8080 now')).toEqual(['2001:db8::1']);
    expect(found('Visit http://[2001:db8::1]/path')).toEqual(['2001:db8::1']);
    expect(found('Server IP: 2400:c401::5054:ff:fe1b:b031.')).toEqual(['2400:c401::5054:ff:fe1b:b031']);
    expect(found("'2001:db8::1', ok")).toEqual(['2001:db8::1']);
  });

  it('includes a zone index and a valid prefix length, and nothing else', () => {
    expect(found('gw fe80::1%eth0 up')).toEqual(['fe80::1%eth0']);
    expect(found('net 2001:db8::/32.')).toEqual(['2001:db8::/32']);
    expect(found('net 2001:db8::/129 bad')).toEqual(['2001:db8::']);
  });

  it('reports one address for an IPv6 with an embedded IPv4, not two', () => {
    expect(found('from ::ffff:10.0.0.1 now')).toEqual(['::ffff:10.0.0.1']);
    expect(found('tunnel 2001:db8::10.0.0.1')).toEqual(['2001:db8::10.0.0.1']);
  });

  it('does not take words, scopes, times or MAC addresses for IPv6', () => {
    expect(found('fe80::1text and text2001:db8::1')).toEqual([]);
    expect(found('std::cout << a::b; MyClass::toString()')).toEqual([]);
    expect(found('at 12:34:56, ratio 1:2:3:4, port 80:443')).toEqual([]);
    expect(found('mac 00:1A:2B:3C:4D:5E and eui 00:1A:2B:3C:4D:5E:6A:7B')).toEqual([]);
    expect(found('cafe::beef has no digit, nor does ::')).toEqual([]);
  });
});

describe('ip-address: IPv4', () => {
  it('finds addresses with CIDR prefixes and next to punctuation', () => {
    expect(found('IPs: 192.168.1.1, 10.0.0.1 and (172.16.0.1).')).toEqual(['192.168.1.1', '10.0.0.1', '172.16.0.1']);
    expect(found('route 10.0.0.0/8; host 192.168.2.1@eth0')).toEqual(['10.0.0.0/8', '192.168.2.1']);
    expect(found('bad prefix 10.0.0.0/123')).toEqual(['10.0.0.0']);
  });

  it('rejects leading zeros, big octets, glued words and longer dotted numbers', () => {
    expect(found('a 192.168.01.1 b 256.1.1.1 c 300.168.1.1 d 192.168.1')).toEqual([]);
    expect(found('IP192.168.1.1text and text192.168.1.1')).toEqual([]);
    expect(found('OID 1.3.6.1.4.1 and 192.168.1.1.1')).toEqual([]);
  });

  // Decision: dotted quads in version or section context are not addresses (precision over recall).
  it.each([
    'version 1.2.3.4',
    'Version: 10.0.0.1',
    'Version=4.0.0.0, Culture=neutral',
    '"version": "2.0.0.1"',
    'build 1.0.0.12',
    'firmware v 2.1.3.4',
    'Mozilla/5.0 (X11) Chrome/120.0.0.0 Safari/537.36',
    'see section 2.1.4.3',
    'RFC 7540 8.1.2.4 says',
    'ES6$25.4.5.4 - Promise',
    "v8: '11.3.244.8-node.9'",
  ])('does not report the version-like %s', (text) => {
    expect(found(text, lowEngine)).toEqual([]);
  });

  it('still reports an address after ordinary words', () => {
    expect(found('host 1.2.3.4 connected; ip=5.6.7.8; server: 9.9.9.9')).toEqual(['1.2.3.4', '5.6.7.8', '9.9.9.9']);
  });

  it('keeps quads of one-digit numbers (version numbers) at low confidence unless an address word is near', () => {
    const text = 'Prepare for 1.7.5.4; built with gcc 2.7.2.1 and XFree86 4.3.0.1';
    expect(found(text)).toEqual([]);
    expect(found(text, lowEngine)).toEqual(['2.7.2.1', '4.3.0.1']); // "Prepare for 1.7.5.4": a version phrase
    expect(found('release 1.7.5.4 tagged; resolver 8.8.8.8 and peer 10.1.2.3')).toEqual(['8.8.8.8', '10.1.2.3']);
  });

  it('keeps loopback, unspecified and broadcast addresses at low confidence only', () => {
    const text = 'lo 127.0.0.1 any 0.0.0.0 bc 255.255.255.255 v6 ::1';
    expect(found(text)).toEqual([]);
    expect(found(text, lowEngine)).toEqual(['127.0.0.1', '0.0.0.0', '255.255.255.255', '::1']);
    expect(engine.detect('peer 203.0.113.9')[0]?.confidence).toBe('high');
  });

  it('reports the unspecified route "::/0" at low confidence, never "::" alone (scope syntax)', () => {
    expect(found('route ::/0 via fe80::1', lowEngine)).toEqual(['::/0', 'fe80::1']);
    expect(found('deny ::/128, allow ::1/128', lowEngine)).toEqual(['::/128', '::1/128']);
    expect(found('route ::/0 via fe80::1')).toEqual(['fe80::1']);
    expect(found('std::cout; src=:: dst=x; a ::/ b; Foo::/regex/; x::/0', lowEngine)).toEqual([]);
  });
});

describe('ip-address: linear time', () => {
  it.each([
    ['colons', '1:'.repeat(100_000)],
    ['hex and colons', 'ab:cd::'.repeat(30_000)],
    ['dotted digits', '1.'.repeat(100_000)],
    ['octets', '255.255.255.'.repeat(17_000)],
  ])('handles 200 KB of %s quickly', (_name, text) => {
    const t0 = performance.now();
    engine.detect(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
