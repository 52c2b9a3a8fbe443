import { describe, expect, it } from 'vitest';
import det from '../../detectors/http-basic-auth-header.js';
import { createEngine } from '../../src/engine.js';

const engine = createEngine([det]);
const found = (text: string): string[] => engine.detect(text).map((m) => text.slice(m.start, m.end));
const basic = (cred: string): string => Buffer.from(cred, 'latin1').toString('base64');

describe('http-basic-auth-header', () => {
  it('finds the whole header in raw HTTP, curl commands and HAR/JSON', () => {
    const v = `Authorization: Basic ${basic('deploy:s3cr3t!')}`;
    expect(found(`GET / HTTP/1.1\r\nHost: example.com\r\n${v}\r\n\r\n`)).toEqual([v]);
    expect(found(`curl -H 'authorization: basic ${basic('a:b')}' https://x`)).toEqual([`authorization: basic ${basic('a:b')}`]);
    const json = `"Authorization": "Basic ${basic('svc:pw')}"`;
    expect(found(`{"headers": {${json}}}`)).toEqual([json.slice(1, -1)]);
  });
  it('needs base64 of printable user:password', () => {
    expect(found(`Authorization: Basic ${basic('nocolon')}`)).toEqual([]);
    expect(found(`Authorization: Basic ${basic('user:')}`)).toEqual([]);
    expect(found(`Authorization: Basic ${basic('us\u0001er:pw')}`)).toEqual([]);
    expect(found('Authorization: Basic !!notbase64')).toEqual([]);
  });
  it('needs the field name', () => {
    expect(found(`X-Basic: Basic ${basic('a:b')}`)).toEqual([]);
    expect(found(`WWW-Authenticate: Basic realm="x"`)).toEqual([]);
  });
});
