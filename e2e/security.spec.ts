import http from 'node:http';
import type { APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectStrictScriptPolicy } from './page-csp';
import { API_PATHS, API_QUERIES, fillPath, type ApiPath } from '../app/api/_testing/api-paths';
import { decodeSegment, FILE_CONTENT, LEAKS, TRAVERSAL_PAYLOADS, withoutEcho } from '../app/api/_testing/hostile-input';

// Over HTTP against the production server: here the server, not the test, percent-decodes the URL.
// playwright.config.ts starts it with TRUST_PROXY=1 so that X-Forwarded-Proto: https stands for a TLS proxy.

const HSTS = 'max-age=63072000; includeSubDomains';

function expectNothingLeaked(text: string) {
  for (const pattern of [...LEAKS, ...FILE_CONTENT]) expect(text, `body matches ${pattern}`).not.toMatch(pattern);
}

/** A refused payload: 400/404, a JSON error, no file content, no stack, no server path. */
async function expectRefused(res: APIResponse, payload: string) {
  expect([400, 404], `${res.url().slice(0, 120)} answered ${res.status()}`).toContain(res.status());
  expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
  const body = await res.json();
  expect(body.error).toMatch(/^(bad_request|not_found)$/);
  const echoed = [payload, decodeSegment(payload) ?? payload, decodeSegment(decodeSegment(payload) ?? '') ?? payload];
  expectNothingLeaked(withoutEcho(body.message, echoed));
}

test.describe('path traversal over HTTP', () => {
  const segments = Object.entries(API_PATHS).flatMap(([path, valid]) => Object.keys(valid).map((segment) => ({ path: path as ApiPath, segment })));
  for (const { path, segment } of segments) {
    test(`${path} {${segment}}`, async ({ request }) => {
      for (const payload of TRAVERSAL_PAYLOADS) {
        // A raw backslash would be turned into "/" by the client's URL parser; the raw-socket test covers it.
        if (payload.includes('\\')) continue;
        const url = fillPath(path, { ...API_PATHS[path], [segment]: payload }, (value) => (value === payload ? value : encodeURIComponent(value)));
        await expectRefused(await request.get(url), payload);
      }
    });
  }

  for (const { path, query, segments: fixed } of API_QUERIES) {
    test(`${path}?${query}=`, async ({ request }) => {
      const base = fillPath(path, { ...API_PATHS[path], ...fixed }, encodeURIComponent);
      for (const payload of TRAVERSAL_PAYLOADS) await expectRefused(await request.get(`${base}?${query}=${payload}`), payload);
    });
  }

  test('raw backslashes and dot segments sent byte for byte read no file', async ({ baseURL }) => {
    const raw = (path: string) =>
      new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
        http
          .get(new URL(baseURL!), { path }, (res) => {
            let body = '';
            res
              .setEncoding('utf8')
              .on('data', (c) => (body += c))
              .on('end', () => resolve({ status: res.statusCode!, location: res.headers.location, body }));
          })
          .on('error', reject);
      });
    for (const path of [
      '/api/layers/..\\..\\..\\tsconfig.json',
      '/api/layers/../../../../etc/passwd',
      '/api/glyphs/..%2F..%2F..%2Fpackage.json/0-255',
      '/_next/static/..%2F..%2F..%2Fpackage.json',
      '/..%2F..%2Ftsconfig.json',
      '/api/tiles/basemap/..%2F..%2F..%2Ftsconfig.json/1/1',
    ]) {
      let res = await raw(path);
      // Next answers a backslash with a 308 to the same path with slashes: it must stay on this origin.
      if (res.status === 308) {
        expect(res.location, path).toMatch(/^\/(?!\/)/);
        res = await raw(res.location!);
      }
      expect([400, 404], `${path} answered ${res.status}`).toContain(res.status);
      for (const pattern of FILE_CONTENT) expect(res.body, path).not.toMatch(pattern);
    }
  });

  test('a path that cannot be percent-decoded is a JSON 400, not a bare 500', async ({ request }) => {
    for (const path of ['/api/glyphs/%/0-255', '/api/regions/%E0%A4%A', '/api/layers/%ZZ', '/%']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(400);
      expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
      expect((await res.json()).message).toMatch(/URL path/);
    }
  });
});

test.describe('security headers', () => {
  const API = ['/api/layers', '/api/tiles/basemap/4/12/6', '/api/layers/nope', '/api/glyphs/%/0-255'];

  test('pages get a strict script policy (nonce or hashes), and refuse framing and sniffing', async ({ request }) => {
    for (const path of ['/', '/?indicator=population&year=2010&region=420000', '/', '/?indicator=population&year=2010&region=420000']) {
      const res = await request.get(path);
      const headers = res.headers();
      const csp = headers['content-security-policy'];
      expectStrictScriptPolicy(csp, await res.text());
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  test('API answers, errors included, get a deny-all CSP, nosniff and a referrer policy', async ({ request }) => {
    for (const path of API) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("default-src 'none'");
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  test('HSTS only for requests that came over https (via the trusted proxy header)', async ({ request }) => {
    for (const path of ['/', ...API]) {
      const overHttps = await request.get(path, { headers: { 'x-forwarded-proto': 'https' } });
      expect(overHttps.headers()['strict-transport-security'], path).toBe(HSTS);
      const plain = await request.get(path);
      expect(plain.headers()['strict-transport-security'], path).toBeUndefined();
      const forwardedHttp = await request.get(path, { headers: { 'x-forwarded-proto': 'http' } });
      expect(forwardedHttp.headers()['strict-transport-security'], path).toBeUndefined();
    }
  });
});
