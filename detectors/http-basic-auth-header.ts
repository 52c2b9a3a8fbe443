import { defineDetector } from '../src/define.js';

/** RFC 7617: the credentials decode to `user-id ":" password`, printable text. */
function validCredentials(value: string): boolean {
  const b64 = /[A-Za-z0-9+/]+=*$/.exec(value)?.[0] ?? '';
  const raw = b64.replace(/=+$/, '');
  if (raw.length % 4 === 1) return false;
  const decoded = Buffer.from(raw, 'base64').toString('latin1');
  const colon = decoded.indexOf(':');
  if (colon < 0 || colon === decoded.length - 1) return false;
  return !/[\x00-\x1f\x7f]/.test(decoded);
}

export default defineDetector({
  id: 'http-basic-auth-header',
  type: 'HTTP_BASIC_AUTH_HEADER',
  macie: true,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'HTTP Basic authentication header (Authorization / Proxy-Authorization: Basic <base64 user:password>)',
  validation: 'base64 decodes to printable "user:password"',
  // The whole header: field name, scheme and credentials. A quoted form ("Authorization": "Basic …") is accepted too.
  pattern:
    /(?<![A-Za-z0-9-])(?:Proxy-)?Authorization["']?[ \t]*[:=][ \t]*["']?Basic[ \t]+[A-Za-z0-9+/]{4,2000}={0,2}(?![A-Za-z0-9+/=])/gi,
  prefilter: ['asic', 'ASIC'],
  maxLength: 2048,
  validate: validCredentials,
  examples: {
    // RFC 7617's example (Aladdin:open sesame), and tester:Secr3t-pass.
    match: ['Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'Proxy-Authorization: Basic dGVzdGVyOlNlY3IzdC1wYXNz'],
    noMatch: [
      'Authorization: Bearer QWxhZGRpbjpvcGVuIHNlc2FtZQ==', // another scheme
      'Authorization: Basic aGVsbG8gd29ybGQ=', // "hello world": no colon
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== without the field name',
      'Authorization: Basic <credentials>',
    ],
  },
});
