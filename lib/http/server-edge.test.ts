import { describe, expect, it } from 'vitest';
import { API_CSP } from './csp';
import { backslashRedirectResponse, backslashRedirectTarget, cameOverHttps, HSTS, isMalformedPath, MALFORMED_PATH_RESPONSE } from './server-edge.mjs';

const req = (headers: Record<string, string | string[]> = {}, encrypted?: boolean) => ({ headers, socket: { encrypted } });

describe('cameOverHttps (decides Strict-Transport-Security)', () => {
  it('is true on a TLS socket, whatever the headers', () => {
    expect(cameOverHttps(req({}, true), {})).toBe(true);
  });

  it('believes X-Forwarded-Proto only when TRUST_PROXY=1', () => {
    const viaProxy = req({ 'x-forwarded-proto': 'https' });
    expect(cameOverHttps(viaProxy, {})).toBe(false);
    expect(cameOverHttps(viaProxy, { TRUST_PROXY: '0' })).toBe(false);
    expect(cameOverHttps(viaProxy, { TRUST_PROXY: '1' })).toBe(true);
  });

  it('reads the client-side (first) value of a proxy chain and nothing but https', () => {
    const env = { TRUST_PROXY: '1' };
    expect(cameOverHttps(req({ 'x-forwarded-proto': 'HTTPS, http' }), env)).toBe(true);
    expect(cameOverHttps(req({ 'x-forwarded-proto': 'http, https' }), env)).toBe(false);
    expect(cameOverHttps(req({ 'x-forwarded-proto': 'httpsx' }), env)).toBe(false);
    expect(cameOverHttps(req({}), env)).toBe(false);
  });

  it('sends two years with subdomains', () => {
    expect(HSTS).toBe('max-age=63072000; includeSubDomains');
  });
});

describe('isMalformedPath', () => {
  it.each(['/api/glyphs/%/0-255', '/api/regions/%E0%A4%A', '/api/layers/%ZZ', '/api/indicators/%C0%AE%C0%AE'])('rejects %s', (url) => {
    expect(isMalformedPath(url)).toBe(true);
  });

  it.each(['/', '/api/layers/provinces?bbox=%', '/api/glyphs/Noto%20Sans%20Regular/0-255', '/api/layers/%252e%252e%252f', '/api/regions/%E6%B9%96'])('accepts %s', (url) => {
    expect(isMalformedPath(url)).toBe(false);
  });

  it('answers JSON under the same deny-all policy as the API', () => {
    expect(MALFORMED_PATH_RESPONSE.headers['Content-Security-Policy']).toBe(API_CSP);
    expect(JSON.parse(MALFORMED_PATH_RESPONSE.body)).toMatchObject({ error: 'bad_request', message: expect.stringMatching(/URL path/) });
  });
});

describe('backslash paths', () => {
  it.each([
    ['/api\\indicators', '/api/indicators'],
    ['/a\\b?x=1\\y', '/a/b?x=1\\y'],
    ['/\\evil.com', '/evil.com'],
    ['/\\\\evil.com/x', '/evil.com/x'],
    ['\\/evil.com', '/evil.com'],
  ])('sends %s to %s, never off this origin', (url, target) => {
    expect(backslashRedirectTarget(url)).toBe(target);
  });

  it('leaves paths without a backslash to Next', () => {
    expect(backslashRedirectTarget('/api/indicators?q=a\\b')).toBeNull();
    expect(backslashRedirectTarget('/')).toBeNull();
  });

  it('redirects with the same security headers as every other answer of this layer', () => {
    const { status, headers } = backslashRedirectResponse('/x');
    expect(status).toBe(308);
    expect(headers).toMatchObject({ Location: '/x', 'Content-Security-Policy': API_CSP, 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
  });
});
