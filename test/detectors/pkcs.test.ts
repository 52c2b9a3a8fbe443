import { describe, expect, it } from 'vitest';
import det from '../../detectors/pkcs.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det], { minConfidence: 'low' });
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

/** A made-up PEM body: `lines` base64 lines of 64 characters (not a key). */
function body(lines: number, seed = 7): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: string[] = [];
  for (let l = 0; l < lines; l++) {
    let s = '';
    for (let i = 0; i < 64; i++) s += abc[(l * 31 + i * seed + (i * i) % 13) % 64];
    out.push(s);
  }
  return out.join('\n');
}
const pem = (kind: string, b: string, nl = '\n'): string => `-----BEGIN ${kind}PRIVATE KEY-----${nl}${b}${nl}-----END ${kind}PRIVATE KEY-----`;

describe('pkcs', () => {
  it.each(['', 'RSA ', 'EC ', 'DSA ', 'ENCRYPTED '])('finds a multi-line %sPRIVATE KEY block from BEGIN through END', (kind) => {
    const key = pem(kind, body(25));
    expect(found(`config:\n${key}\nend of file\n`)).toEqual([key]);
  });

  it('keeps the Proc-Type / DEK-Info headers of an encrypted PKCS#1 key inside the match', () => {
    const key = pem('RSA ', `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,8A2F0C1E5B7D3A9F4C6E1B0D2A8F7C3E\n\n${body(20)}`);
    expect(found(key)).toEqual([key]);
  });

  it('handles CRLF line breaks and JSON-escaped keys', () => {
    const crlf = pem('RSA ', body(5).replace(/\n/g, '\r\n'), '\r\n');
    expect(found(crlf)).toEqual([crlf]);
    const escaped = pem('', body(5).replace(/\n/g, '\\n'), '\\n');
    expect(found(`{"private_key": "${escaped}\\n", "client_email": "x@example.com"}`)).toEqual([escaped]);
  });

  it('reports the BEGIN line alone when the END line is missing or out of reach', () => {
    expect(found(`-----BEGIN RSA PRIVATE KEY-----\n${body(5)}\n(truncated)`)).toEqual(['-----BEGIN RSA PRIVATE KEY-----']);
    const huge = `-----BEGIN PRIVATE KEY-----\n${body(200)}\n-----END PRIVATE KEY-----`;
    expect(huge.length).toBeGreaterThan(det.maxLength!);
    expect(found(huge)).toEqual(['-----BEGIN PRIVATE KEY-----']);
  });

  it('does not pair a BEGIN line with the END line of another kind', () => {
    const text = `-----BEGIN RSA PRIVATE KEY-----\n${body(3)}\n-----END PRIVATE KEY-----`;
    expect(found(text)).toEqual(['-----BEGIN RSA PRIVATE KEY-----']);
  });

  it('finds two keys in one file separately', () => {
    const a = pem('EC ', body(3));
    const b = pem('', body(4, 11));
    expect(found(`${a}\n\n${b}\n`)).toEqual([a, b]);
  });

  it('is linear on adversarial input', () => {
    const text = '-----BEGIN PRIVATE KEY-----'.repeat(2000) + '-'.repeat(100_000);
    const t0 = performance.now();
    engine.detect(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
