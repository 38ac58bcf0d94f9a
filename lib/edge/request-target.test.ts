import { describe, expect, it } from 'vitest';
import { API_CSP } from '../http/csp';
import { backslashRedirectTarget, decideTarget, isMalformedPath } from './request-target';

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'CONNECT'];
const answer = (method: string, target: string) => {
  const d = decideTarget(method, target);
  if (d.pass) throw new Error(`${method} ${target} passed`);
  return d.answer;
};

describe('decideTarget: methods', () => {
  it.each(['/', '/api/style', '/maplibre-gl.mjs', '/_next/static/x.js', '/nope'])('lets GET and HEAD of %s through', (path) => {
    expect(decideTarget('GET', path)).toMatchObject({ pass: true, path });
    expect(decideTarget('HEAD', path)).toMatchObject({ pass: true, path });
  });

  it('answers OPTIONS itself with 204 and Allow, on any path and on *', () => {
    for (const target of ['/', '/api/layers', '/icon.svg', '*']) {
      const a = answer('OPTIONS', target);
      expect(a.status).toBe(204);
      expect(a.headers.Allow).toBe('GET, HEAD, OPTIONS');
      expect(a.body).toBe('');
    }
  });

  it.each(METHODS.filter((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m)))('refuses %s with 405 and Allow: JSON under /api, a page elsewhere', (method) => {
    const api = answer(method, '/api/indicators');
    expect(api.status).toBe(405);
    expect(api.headers.Allow).toBe('GET, HEAD, OPTIONS');
    expect(JSON.parse(api.body)).toMatchObject({ error: 'method_not_allowed' });
    expect(api.headers['Content-Security-Policy']).toBe(API_CSP);
    const page = answer(method, '/');
    expect(page.status).toBe(405);
    expect(page.headers['Content-Type']).toMatch(/^text\/html/);
    expect(page.body).toContain('href="/"');
  });

  it('answers GET * with 400: the asterisk form is for OPTIONS only', () => {
    expect(answer('GET', '*').status).toBe(400);
  });
});

describe('decideTarget: request targets', () => {
  it('reduces an absolute-form target to its path and query, ignoring the authority', () => {
    expect(decideTarget('GET', 'http://evil.example/api/style?x=1')).toEqual({ pass: true, path: '/api/style', url: '/api/style?x=1' });
    expect(decideTarget('GET', 'https://evil.example:8443')).toEqual({ pass: true, path: '/', url: '/' });
    expect(decideTarget('GET', 'http://evil.example?embed=1')).toEqual({ pass: true, path: '/', url: '/?embed=1' });
  });

  it('refuses a target that is not a path', () => {
    expect(answer('GET', 'evil.example/x').status).toBe(400);
  });

  it('answers an undecodable path with a JSON 400 under /api', () => {
    const a = answer('GET', '/api/layers/%ZZ');
    expect(a.status).toBe(400);
    expect(JSON.parse(a.body)).toMatchObject({ error: 'bad_request', message: expect.stringMatching(/URL path/) });
  });

  it('redirects a backslash path within this origin, with the edge headers', () => {
    const a = answer('GET', '/\\evil.com');
    expect(a.status).toBe(308);
    expect(a.headers).toMatchObject({ Location: '/evil.com', 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff' });
  });
});

describe('isMalformedPath', () => {
  it.each(['/api/glyphs/%/0-255', '/api/regions/%E0%A4%A', '/api/layers/%ZZ', '/api/indicators/%C0%AE%C0%AE'])('rejects %s', (url) => {
    expect(isMalformedPath(url)).toBe(true);
  });

  it.each(['/', '/api/glyphs/Noto%20Sans%20Regular/0-255', '/api/layers/%252e%252e%252f', '/api/regions/%E6%B9%96'])('accepts %s', (url) => {
    expect(isMalformedPath(url)).toBe(false);
  });
});

describe('backslashRedirectTarget', () => {
  it.each([
    ['/api\\indicators', '/api/indicators'],
    ['/a\\b?x=1\\y', '/a/b?x=1\\y'],
    ['/\\evil.com', '/evil.com'],
    ['/\\\\evil.com/x', '/evil.com/x'],
    ['\\/evil.com', '/evil.com'],
  ])('sends %s to %s, never off this origin', (url, target) => {
    expect(backslashRedirectTarget(url)).toBe(target);
  });

  it('leaves paths without a backslash alone', () => {
    expect(backslashRedirectTarget('/api/indicators?q=a\\b')).toBeNull();
  });
});
