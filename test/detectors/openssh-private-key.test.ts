import { describe, expect, it } from 'vitest';
import det from '../../detectors/openssh-private-key.js';
import pkcs from '../../detectors/pkcs.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det], { minConfidence: 'low' });
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
/** Made-up body: the real "openssh-key-v1" magic, then filler (not a key). */
const BODY = ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  'QyNTUxOQAAACBmZXhhbXBsZWZha2VrZXlub3RyZWFsMDEyMzQ1Njc4OQAAAJgAAAAAAAAAAA',
  'AAAAtzc2gtZWQyNTUxOQAAACBmZXhhbXBsZWZha2VrZXlub3RyZWFsMDEyMzQ1Njc4OQAAAE'].join('\n');
const KEY = `-----BEGIN OPENSSH PRIVATE KEY-----\n${BODY}\n-----END OPENSSH PRIVATE KEY-----`;

describe('openssh-private-key', () => {
  it('finds a multi-line key from BEGIN through END', () => {
    expect(found(`$ cat ~/.ssh/id_ed25519\n${KEY}\n$ `)).toEqual([KEY]);
  });
  it('reports the BEGIN line alone without an END line', () => {
    expect(found(`-----BEGIN OPENSSH PRIVATE KEY-----\n${BODY}\n`)).toEqual(['-----BEGIN OPENSSH PRIVATE KEY-----']);
  });
  it('is not reported as PKCS', () => {
    expect(createEngine([pkcs]).detect(KEY)).toEqual([]);
  });
  it('ignores public keys', () => {
    expect(found('ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host\n')).toEqual([]);
  });
});
