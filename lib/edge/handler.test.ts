import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { cameOverHttps, HSTS, pathKind, sameOriginLocation, sanitizeRequestHeaders } from './handler';

const req = (headers: Record<string, string | string[]> = {}, encrypted?: boolean) => ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;

describe('cameOverHttps (decides Strict-Transport-Security)', () => {
  it('is true on a TLS socket, whatever the headers', () => {
    expect(cameOverHttps(req({}, true), false)).toBe(true);
  });

  it('believes X-Forwarded-Proto only with TRUST_PROXY, reading the client-side value', () => {
    expect(cameOverHttps(req({ 'x-forwarded-proto': 'https' }), false)).toBe(false);
    expect(cameOverHttps(req({ 'x-forwarded-proto': 'https' }), true)).toBe(true);
    expect(cameOverHttps(req({ 'x-forwarded-proto': 'HTTPS, http' }), true)).toBe(true);
    expect(cameOverHttps(req({ 'x-forwarded-proto': 'http, https' }), true)).toBe(false);
    expect(cameOverHttps(req({ 'x-forwarded-proto': 'httpsx' }), true)).toBe(false);
  });

  it('asks for two years with subdomains', () => {
    expect(HSTS).toMatch(/^max-age=63072000; includeSubDomains$/);
  });
});

describe('sanitizeRequestHeaders', () => {
  it('replaces the Host with the public origin and drops what a client must not choose', () => {
    const r = req({
      host: 'evil.example',
      'x-forwarded-host': 'evil.example',
      forwarded: 'host=evil.example',
      'content-security-policy': "script-src 'nonce-mine'",
      'x-lang': 'zh',
      'x-forwarded-proto': 'https',
      'x-hinterland-precompressed-ok': '0',
    });
    sanitizeRequestHeaders(r, { publicOrigin: 'https://hinterland.example', trustProxy: false });
    expect(r.headers).toEqual({ host: 'hinterland.example', 'x-hinterland-precompressed-ok': '1' });
  });

  it('keeps the proxy’s X-Forwarded-Proto only with TRUST_PROXY', () => {
    const r = req({ host: 'x', 'x-forwarded-proto': 'https' });
    sanitizeRequestHeaders(r, { publicOrigin: 'http://localhost:3000', trustProxy: true });
    expect(r.headers).toMatchObject({ host: 'localhost:3000', 'x-forwarded-proto': 'https' });
  });
});

describe('sameOriginLocation', () => {
  const origin = 'https://hinterland.example';
  it.each([
    ['/api/style', '/api/style'],
    ['https://hinterland.example/x?y=1', 'https://hinterland.example/x?y=1'],
    ['http://evil.example/api/style', '/api/style'],
    ['//evil.example/x', '/x'],
    ['https://evil.example', '/'],
  ])('%s → %s', (location, expected) => {
    expect(sameOriginLocation(location, origin)).toBe(expected);
  });
});

describe('pathKind', () => {
  const files = new Set(['/maplibre-gl.mjs']);
  it('tells the API, static assets and documents apart', () => {
    expect(pathKind('/api/style', files)).toBe('api');
    expect(pathKind('/api', files)).toBe('api');
    expect(pathKind('/apix', files)).toBe('document');
    expect(pathKind('/maplibre-gl.mjs', files)).toBe('asset');
    expect(pathKind('/_next/static/chunks/a.js', files)).toBe('asset');
    expect(pathKind('/', files)).toBe('document');
  });
});
