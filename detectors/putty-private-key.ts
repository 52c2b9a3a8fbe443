import { defineDetector } from '../src/define.js';

/** A line break: real (LF or CRLF) or JSON-escaped ("\n", "\r\n"). */
const NL = String.raw`(?:\r?\n|\\r\\n|\\n)`;
/** A base64 line of the Public-Lines / Private-Lines sections. */
const B64_LINE = String.raw`[A-Za-z0-9+/=]{1,128}${NL}`;

/**
 * Macie's header sequence: PuTTY-User-Key-File, Encryption, Comment, Public-Lines, Private-Lines,
 * Private-MAC. Values are alphanumerics and "-" (base64 lines also "+/=", the MAC also "+"); keys
 * with spaces or "_" in a value, or custom headers, are not reported. PuTTY 3's standard
 * Key-Derivation / Argon2-* lines of encrypted keys are accepted between Encryption and Comment.
 */
const PATTERN = new RegExp(
  String.raw`(?<![A-Za-z0-9-])PuTTY-User-Key-File-[1-3]: [A-Za-z0-9-]{1,64}${NL}` +
    String.raw`Encryption: [A-Za-z0-9-]{1,64}${NL}` +
    String.raw`(?:(?:Key-Derivation|Argon2-Memory|Argon2-Passes|Argon2-Parallelism|Argon2-Salt): [A-Za-z0-9-]{1,128}${NL}){0,5}` +
    String.raw`Comment: [A-Za-z0-9-]{0,256}${NL}` +
    String.raw`Public-Lines: \d{1,3}${NL}(?:${B64_LINE}){1,64}` +
    String.raw`Private-Lines: \d{1,3}${NL}(?:${B64_LINE}){1,128}` +
    String.raw`Private-MAC: [A-Za-z0-9+]{1,128}(?![A-Za-z0-9+])`,
  'g',
);

const ppk = (nl: string): string =>
  ['PuTTY-User-Key-File-2: ssh-rsa', 'Encryption: none', 'Comment: rsa-key-20240101', 'Public-Lines: 2',
    'AAAAB3NzaC1yc2EAAAABJQAAAQEAzq7Xk2Lm9Pq4Rt6Vw8Yz0Bc1De2Fg3Hi5Jk7Lm9N', 'p1Qr3St5Uv7Wx9Yz0A==',
    'Private-Lines: 2', 'AAABAGx8Qm2Rt4Vw6Yz8Bc0De2Fg4Hi6Jk8Lm0Np2Qr4St6Uv8Wx0Yz2Ab4Cd6Ef8', 'Gh0Ij2Kl4Mn6Op8=',
    'Private-MAC: 7a3f9c2e1b8d4f6a0c5e9b2d7f1a3c8e6b4d0f2a'].join(nl);

export default defineDetector({
  id: 'putty-private-key',
  type: 'PUTTY_PRIVATE_KEY',
  macie: true,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'PuTTY private key file (.ppk) with the standard header sequence',
  validation: 'header sequence and value alphabets (Macie\'s rules)',
  pattern: PATTERN,
  prefilter: ['PuTTY-User-Key-File'],
  maxLength: 8192,
  examples: {
    // A made-up key, as stored in JSON (escaped line breaks); real line breaks are tested in test/detectors.
    match: [ppk('\\n'), ppk('\\r\\n').replace('ssh-rsa', 'ssh-ed25519')],
    noMatch: [
      ppk('\n').replace('rsa-key-20240101', 'my key'), // space in the comment
      ppk('\n').replace('Comment:', 'X-Owner: ops\nComment:'), // custom header
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none', // header only
    ],
  },
});
