import { describe, expect, it } from 'vitest';
import det from '../../detectors/json-web-token.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det], { minConfidence: 'low' });
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const jwt = (header: string, payload: string, sig = 'q3Zf9Kx2LmT7pWc8nR4vYb1HsJd6Ga0EuIo5XkNtB2A'): string => `${b64(header)}.${b64(payload)}.${sig}`;
const CLAIMS = '{"sub":"user-42","iat":1700000000,"exp":1700003600}';

describe('json-web-token', () => {
  it('finds a signed token in a Bearer header, a URL and a cookie', () => {
    const t = jwt('{"alg":"RS256","typ":"JWT","kid":"k1"}', CLAIMS);
    expect(found(`Authorization: Bearer ${t}\r\n`)).toEqual([t]);
    expect(found(`https://app.example.com/cb?id_token=${t}&state=xyz`)).toEqual([t]);
    expect(found(`Set-Cookie: session=${t}; Path=/; HttpOnly`)).toEqual([t]);
  });
  it('accepts headers with whitespace (base64 starting "eyA" / "ewo")', () => {
    const spaced = jwt('{ "alg": "HS256" }', CLAIMS);
    const multiline = jwt('{\n  "alg": "ES256"\n}', CLAIMS);
    expect(found(spaced)).toEqual([spaced]);
    expect(found(multiline)).toEqual([multiline]);
  });
  it('accepts unsigned tokens only with alg "none" and an empty signature', () => {
    const unsigned = `${b64('{"alg":"none"}')}.${b64(CLAIMS)}.`;
    expect(found(`token ${unsigned} end`)).toEqual([unsigned]);
    expect(found(`${b64('{"alg":"HS256"}')}.${b64(CLAIMS)}.`)).toEqual([]);
  });
  it('needs a JSON header with "alg" and a JSON payload', () => {
    expect(found(jwt('{"typ":"JWT"}', CLAIMS))).toEqual([]);
    expect(found(jwt('{"alg":5}', CLAIMS))).toEqual([]);
    expect(found(jwt('["alg"]', CLAIMS))).toEqual([]);
    expect(found(jwt('{"alg":"HS256"}', 'not json'))).toEqual([]);
  });
  it('does not report JWE (five parts) or dotted identifiers', () => {
    const jwe = `${b64('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ`;
    expect(found(jwe)).toEqual([]);
    expect(found('com.example.eyJfoo.bar.baz')).toEqual([]);
  });
  it('is linear on adversarial input', () => {
    const text = ` eyJhbGciOiJub25lIn0.${'A'.repeat(5000)}.`.repeat(40) + '.eyJ'.repeat(50_000);
    const t0 = performance.now();
    engine.detect(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
