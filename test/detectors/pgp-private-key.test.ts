import { describe, expect, it } from 'vitest';
import det from '../../detectors/pgp-private-key.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det], { minConfidence: 'low' });
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
/** Made-up armoured block with an armour header and a CRC line (not a key). */
const BLOCK = [
  '-----BEGIN PGP PRIVATE KEY BLOCK-----', 'Comment: test fixture', '',
  'lQOYBGX3kT4BCADc7Qp2mZr9x1sVbN4yLhW8tJ0aE6uKfG3iPoD5nXwYcRbTq1zS', 'v2Lk8Hj4Gf6Dd0Ss9Aa7Qq5Ww3Ee1Rr8Tt6Yy4Uu2Ii0Oo9Pp7Zz5Xx3Cc1Vv8Bb6',
  '=Xq7Z', '-----END PGP PRIVATE KEY BLOCK-----',
].join('\n');

describe('pgp-private-key', () => {
  it('finds the block from BEGIN through END, armour headers and checksum included', () => {
    expect(found(`gpg --export-secret-keys -a\n${BLOCK}\n`)).toEqual([BLOCK]);
  });
  it('reports the BEGIN line alone without an END line', () => {
    expect(found(BLOCK.split('\n').slice(0, 4).join('\n'))).toEqual(['-----BEGIN PGP PRIVATE KEY BLOCK-----']);
  });
  it('ignores public key blocks and signatures', () => {
    expect(found(BLOCK.replace(/PRIVATE/g, 'PUBLIC'))).toEqual([]);
    expect(found('-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nhello\n')).toEqual([]);
  });
});
