import { describe, expect, it } from 'vitest';
import det from '../../detectors/putty-private-key.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det], { minConfidence: 'low' });
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const line = (n: number, len = 64): string => 'AAAAB3NzaC1yc2EAAAABJQAAAQEAzq7Xk2Lm9Pq4Rt6Vw8Yz0Bc1De2Fg3Hi5Jk7Lm9Np1Qr3St5Uv7Wx9Yz0A+/'.repeat(2).slice(n, n + len);

/** A made-up .ppk (not a key): header sequence, base64 sections, MAC. */
function ppk(opts: { version?: number; encryption?: string; extra?: string[]; comment?: string; nl?: string } = {}): string {
  const pub = [line(0), line(3), line(7, 20) + '=='];
  const priv = [line(1), line(5), line(9), line(2, 12) + '='];
  return [
    `PuTTY-User-Key-File-${opts.version ?? 2}: ssh-rsa`, `Encryption: ${opts.encryption ?? 'none'}`, ...(opts.extra ?? []),
    `Comment: ${opts.comment ?? 'rsa-key-20240101'}`, `Public-Lines: ${pub.length}`, ...pub,
    `Private-Lines: ${priv.length}`, ...priv, 'Private-MAC: 3f9c2e1b8d4f6a0c5e9b2d7f1a3c8e6b4d0f2a7a',
  ].join(opts.nl ?? '\n');
}

describe('putty-private-key', () => {
  it('finds the whole key file, header through Private-MAC', () => {
    const key = ppk();
    expect(found(`${key}\n`)).toEqual([key]);
  });
  it('accepts CRLF files and encrypted PuTTY 3 keys with Argon2 parameters', () => {
    const crlf = ppk({ nl: '\r\n', encryption: 'aes256-cbc' });
    expect(found(`${crlf}\r\n`)).toEqual([crlf]);
    const v3 = ppk({ version: 3, encryption: 'aes256-cbc', extra: ['Key-Derivation: Argon2id', 'Argon2-Memory: 8192', 'Argon2-Passes: 13', 'Argon2-Parallelism: 1', 'Argon2-Salt: 4b3c2a19e8d7f6a5b4c3d2e1f0a9b8c7'] });
    expect(found(v3)).toEqual([v3]);
  });
  it('follows Macie: a comment with a space or "_", a custom header, or headers out of order are not reported', () => {
    expect(found(ppk({ comment: 'my laptop key' }))).toEqual([]);
    expect(found(ppk({ comment: 'rsa_key' }))).toEqual([]);
    expect(found(ppk({ extra: ['X-Owner: ops'] }))).toEqual([]);
    const swapped = ppk().replace('Encryption: none\nComment: rsa-key-20240101', 'Comment: rsa-key-20240101\nEncryption: none');
    expect(found(swapped)).toEqual([]);
  });
  it('needs the Private-Lines and Private-MAC sections', () => {
    expect(found(ppk().split('Private-Lines')[0]!)).toEqual([]);
    expect(found(ppk().replace(/\nPrivate-MAC: .*/, ''))).toEqual([]);
  });
  it('is linear on adversarial input', () => {
    const text = `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: x\nPublic-Lines: 1\n${'AAAA\n'.repeat(40_000)}`;
    const t0 = performance.now();
    expect(found(text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
