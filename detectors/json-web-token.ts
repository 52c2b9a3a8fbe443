import { defineDetector } from '../src/define.js';

/** Decodes base64url (no padding) to a string, or undefined when the text is not base64url. */
function b64url(part: string): string | undefined {
  if (part.length % 4 === 1) return undefined;
  return Buffer.from(part, 'base64url').toString('latin1');
}

/** Parses a JSON object, or undefined. */
function jsonObject(s: string | undefined): Record<string, unknown> | undefined {
  if (!s) return undefined;
  try {
    const v: unknown = JSON.parse(s);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** RFC 7519 JWS compact form: header JSON with "alg", payload JSON, signature empty only for alg "none". */
function validJwt(value: string): boolean {
  const [h = '', p = '', s = ''] = value.split('.');
  const header = jsonObject(b64url(h));
  if (!header || typeof header.alg !== 'string') return false;
  if (header.cty === undefined && !jsonObject(b64url(p))) return false;
  if (s === '') return header.alg.toLowerCase() === 'none';
  return b64url(s) !== undefined;
}

export default defineDetector({
  id: 'json-web-token',
  type: 'JSON_WEB_TOKEN',
  macie: true,
  category: 'CREDENTIALS',
  severity: ['high', 'high', 'high'],
  description: 'JSON Web Token (JWS compact form, signed or unsigned): header.payload.signature',
  validation: 'base64url parts; header is JSON with "alg"; payload is JSON',
  // The header starts with base64url of `{"`, `{ "`, or `{` and a line break.
  pattern:
    /(?<![A-Za-z0-9_.-])e(?:yJ|yA|wo|w0|wk)[A-Za-z0-9_-]{8,1000}\.[A-Za-z0-9_-]{2,6000}\.[A-Za-z0-9_-]{0,1000}(?![A-Za-z0-9_-]|\.[A-Za-z0-9_-])/g,
  prefilter: ['eyJ', 'eyA', 'ew'],
  maxLength: 8192,
  validate: validJwt,
  examples: {
    // {"alg":"HS256","typ":"JWT"}.{"sub":"1234567890","name":"Test User","iat":1516239022}.<made-up signature>
    match: [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IlRlc3QgVXNlciIsImlhdCI6MTUxNjIzOTAyMn0.q3Zf9Kx2LmT7pWc8nR4vYb1HsJd6Ga0EuIo5XkNtB2A',
      // Unsigned: {"alg":"none"}.{"sub":"42"}.
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiI0MiJ9.',
    ],
    noMatch: [
      // {"typ":"JWT"} has no "alg"
      'token eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiI0MiJ9.q3Zf9Kx2LmT7pWc8nR4vYb1HsJd6Ga0EuIo5XkNtB2A',
      // base64 of a JSON config, no dots
      'config=eyJkZWJ1ZyI6dHJ1ZSwibGV2ZWwiOjN9',
      // signed alg with the signature missing
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.',
      // header is not JSON
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXV.eyJzdWIiOiI0MiJ9.abcdefgh',
    ],
  },
});
