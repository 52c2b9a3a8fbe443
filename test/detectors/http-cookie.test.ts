import { describe, expect, it } from 'vitest';
import httpCookie from '../../detectors/http-cookie.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([httpCookie]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));

describe('http-cookie', () => {
  it('reports the whole header, field name included, and stops at the end of the line', () => {
    const request = 'GET / HTTP/1.1\r\nHost: example.com\r\nCookie: PHPSESSID=298zf09hf012fh2; csrftoken=u32t4o3tb3gg43\r\nAccept: */*\r\n';
    expect(found(request)).toEqual(['Cookie: PHPSESSID=298zf09hf012fh2; csrftoken=u32t4o3tb3gg43']);
  });

  it('keeps Set-Cookie attributes, including an Expires date with its comma', () => {
    const text = 'HTTP/1.1 200 OK\nSet-Cookie: id=a3fWa; Expires=Thu, 21 Oct 2021 07:28:00 GMT; Path=/; Secure; HttpOnly\nContent-Type: text/html\n';
    expect(found(text)).toEqual(['Set-Cookie: id=a3fWa; Expires=Thu, 21 Oct 2021 07:28:00 GMT; Path=/; Secure; HttpOnly']);
  });

  it('finds headers in any case (HTTP/2 lower-cases field names) and each header of a response', () => {
    const text = 'set-cookie: a=1\nset-cookie: b=2; Max-Age=60\ncookie: c=3';
    expect(found(text)).toEqual(['set-cookie: a=1', 'set-cookie: b=2; Max-Age=60', 'cookie: c=3']);
  });

  it('stops at the quote of a JSON string, a CSV comma and sentence punctuation', () => {
    expect(found('{"headers": "Cookie: sid=abc123; theme=dark", "ok": true}')).toEqual(['Cookie: sid=abc123; theme=dark']);
    expect(found('1,Cookie: sid=abc123,200')).toEqual(['Cookie: sid=abc123']);
    expect(found('The request sent Cookie: sid=abc123.')).toEqual(['Cookie: sid=abc123']);
  });

  it('needs a name=value pair with a value', () => {
    expect(found('Cookie: ')).toEqual([]);
    expect(found('cookie: none set')).toEqual([]);
    expect(found('Cookie: sid=; theme=')).toEqual([]);
    expect(found('Cookie: HttpOnly; Secure')).toEqual([]);
  });

  it('ignores other headers that contain the word', () => {
    expect(found('X-Cookie-Consent: yes=1\nCookie-Policy: strict=1')).toEqual([]);
  });

  it('handles 200 KB of adversarial header text quickly', () => {
    for (const text of [`Cookie: ${'a=b;'.repeat(50_000)}`, `Cookie: a=${'x'.repeat(200_000)}`, 'Cookie: '.repeat(25_000)]) {
      const t0 = performance.now();
      engine.detect(text);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
