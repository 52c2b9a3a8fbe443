import { armourHasBody } from '../src/checks.js';
import { defineDetector } from '../src/define.js';

export default defineDetector({
  id: 'pgp-private-key',
  type: 'PGP_PRIVATE_KEY',
  macie: true,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'OpenPGP private key block (-----BEGIN PGP PRIVATE KEY BLOCK-----)',
  validation: 'armour: the BEGIN line through the END line, or the BEGIN line alone; a block needs a base64 body',
  // The body (armour headers, base64, "=" checksum) never contains "-----"; line breaks may be
  // real or JSON-escaped ("\n").
  pattern:
    /(?<!-)-----BEGIN PGP PRIVATE KEY BLOCK-----(?:(?:(?!-----)[\s\S]){1,8000}-----END PGP PRIVATE KEY BLOCK-----)?/g,
  prefilter: ['-----BEGIN PGP'],
  maxLength: 8192,
  validate: armourHasBody,
  examples: {
    // Single-line forms: the BEGIN line alone, and a JSON-escaped block with a made-up body.
    match: [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\\n\\nlQOYBGX3kT4BCADc7Qp2mZr9x1sVbN4yLhW8tJ0aE6uKfG3iPoD5\\n=Xq7Z\\n-----END PGP PRIVATE KEY BLOCK-----',
    ],
    noMatch: [
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQENBGX3kT4BCADc7Qp2mZr9x1sVbN4yLhW8tJ0aE6uKfG3iPoD5\n-----END PGP PUBLIC KEY BLOCK-----',
      '-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEE\n-----END PGP SIGNATURE-----',
      '-----BEGIN PGP MESSAGE-----',
      '_START = b"-----BEGIN PGP PRIVATE KEY BLOCK-----"\n_END = b"-----END PGP PRIVATE KEY BLOCK-----"', // a parser's constants: no body
    ],
  },
});
