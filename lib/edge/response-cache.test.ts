import { describe, expect, it } from 'vitest';
import { keepableResponse } from './response-cache';

const body = Buffer.from('{"a":1}');
const headers = {
  'content-type': 'application/json',
  'cache-control': 'public, max-age=3600',
  etag: '"abc-br"',
  'content-encoding': 'br',
  date: 'x',
  connection: 'keep-alive',
};

describe('keepableResponse', () => {
  it('keeps a public answer with an ETag, as sent, without its per-connection headers', () => {
    const kept = keepableResponse(200, headers, body)!;
    expect(kept.headers).toEqual({ 'content-type': 'application/json', 'cache-control': 'public, max-age=3600', etag: '"abc-br"', 'content-encoding': 'br' });
    expect(kept.body).toBe(body);
  });

  it.each([
    ['an error', 404, headers],
    ['no-store', 200, { ...headers, 'cache-control': 'no-store' }],
    ['private', 200, { ...headers, 'cache-control': 'private, max-age=60' }],
    ['no ETag', 200, { ...headers, etag: undefined }],
    ['a cookie', 200, { ...headers, 'set-cookie': 'a=1' }],
  ])('keeps nothing for %s', (_, status, h) => {
    expect(keepableResponse(status, h, body)).toBeNull();
  });
});
