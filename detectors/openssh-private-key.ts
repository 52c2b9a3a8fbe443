import { armourHasBody } from '../src/checks.js';
import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'openssh-private-key',
  type: 'OPENSSH_PRIVATE_KEY',
  macie: true,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'OpenSSH private key (-----BEGIN OPENSSH PRIVATE KEY----- block)',
  validation: 'armour: the BEGIN line through the END line, or the BEGIN line alone; a block needs a base64 body',
  // The body never contains "-----"; line breaks may be real or JSON-escaped ("\n").
  pattern:
    /(?<!-)-----BEGIN OPENSSH PRIVATE KEY-----(?:(?:(?!-----)[\s\S]){1,8000}-----END OPENSSH PRIVATE KEY-----)?/g,
  prefilter: ['-----BEGIN OPENSSH'],
  maxLength: 8192,
  validate: armourHasBody,
  examples: {
    // Single-line forms: the BEGIN line alone, and a JSON-escaped key with a made-up body.
    match: [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      '-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\n-----END OPENSSH PRIVATE KEY-----',
    ],
    noMatch: [
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host',
      '-----BEGIN SSH2 PUBLIC KEY-----\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7\n-----END SSH2 PUBLIC KEY-----',
      'BEGIN OPENSSH PRIVATE KEY (see docs)',
      '_START = b"-----BEGIN OPENSSH PRIVATE KEY-----"\n_END = b"-----END OPENSSH PRIVATE KEY-----"', // a parser's constants: no body
    ],
  },
});
