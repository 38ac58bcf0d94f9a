import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { etagFor, ifNoneMatchIncludes, negotiateEncoding, prepareBody, serveBody } from './prepared-body';

const body = prepareBody('{"hello":"world"}', 'application/json; charset=utf-8', 'public, max-age=60', 'fast');
import { ENCODING_HEADER, SHIM_REQUEST_HEADER } from './precompressed';

/** A request as server.mjs forwards it: with the marker that allows precompressed bodies. */
const get = (headers: Record<string, string> = {}) => new Request('http://localhost/x', { headers: { [SHIM_REQUEST_HEADER]: '1', ...headers } });

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, then identity', () => {
    expect(negotiateEncoding('gzip, deflate, br', ['br', 'gzip', 'identity'])).toBe('br');
    expect(negotiateEncoding('gzip', ['br', 'gzip', 'identity'])).toBe('gzip');
    expect(negotiateEncoding(null, ['br', 'gzip', 'identity'])).toBe('identity');
  });

  it('honours q=0 and wildcards', () => {
    expect(negotiateEncoding('br;q=0, gzip', ['br', 'gzip', 'identity'])).toBe('gzip');
    expect(negotiateEncoding('*', ['gzip', 'identity'])).toBe('gzip');
  });
});

describe('serveBody', () => {
  it('serves gzip bytes that inflate to the original, with a strong per-encoding ETag', async () => {
    const res = serveBody(get({ 'accept-encoding': 'gzip' }), body);
    expect(res.status).toBe(200);
    expect(res.headers.get(ENCODING_HEADER)).toBe('gzip');
    expect(res.headers.get('etag')).toBe(etagFor(body.hash, 'gzip'));
    expect(res.headers.get('etag')).not.toMatch(/^W\//);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(zlib.gunzipSync(bytes).toString()).toBe('{"hello":"world"}');
  });

  it('answers 304 with no body when If-None-Match carries a current ETag', async () => {
    const first = serveBody(get({ 'accept-encoding': 'br' }), body);
    const again = serveBody(get({ 'accept-encoding': 'br', 'if-none-match': first.headers.get('etag')! }), body);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('sends identity bytes when not behind server.mjs, whatever the client accepts', async () => {
    const res = serveBody(new Request('http://localhost/x', { headers: { 'accept-encoding': 'gzip, br' } }), body);
    expect(res.headers.get(ENCODING_HEADER)).toBeNull();
    expect(res.headers.get('etag')).toBe(etagFor(body.hash, 'identity'));
    expect(await res.text()).toBe('{"hello":"world"}');
  });

  it('answers 200 for a stale ETag', () => {
    expect(serveBody(get({ 'if-none-match': '"stale"' }), body).status).toBe(200);
  });
});

describe('ifNoneMatchIncludes', () => {
  it('matches the ETag among several, weak or strong, and *', () => {
    expect(ifNoneMatchIncludes('"x", W/"abc-br"', ['"abc-br"'])).toBe(true);
    expect(ifNoneMatchIncludes('*', ['"abc-br"'])).toBe(true);
    expect(ifNoneMatchIncludes('"abc-gzip"', ['"abc-br"'])).toBe(false);
    expect(ifNoneMatchIncludes(undefined, ['"abc-br"'])).toBe(false);
  });
});
