/**
 * Path-traversal and encoding tricks against every dynamic segment and query parameter, called on
 * the handlers directly: each payload both as Next would hand it over (decoded) and raw. Ids are
 * looked up in registries, so every one must be a JSON 400/404 that reads no file and names no path.
 * e2e/security.spec.ts sends the same payloads over HTTP, where the server does the decoding.
 */
import { describe, expect, it } from 'vitest';
import { API_QUERIES } from '@/app/api/_testing/api-paths';
import { API_ROUTES, apiRoute, callRoute } from '@/app/api/_testing/api-routes';
import { decodeSegment, TRAVERSAL_PAYLOADS } from '@/app/api/_testing/hostile-input';
import { expectSafeResponse } from '@/app/api/_testing/safe-response';

const label = (s: string) => (s.length > 40 ? `${s.slice(0, 20)}…(${s.length} chars)` : s);
const forms = (payload: string) => [...new Set([decodeSegment(payload), payload].filter((v): v is string => v !== undefined))];

const segmentCases = API_ROUTES.flatMap((route) =>
  Object.keys(route.valid).flatMap((segment) => TRAVERSAL_PAYLOADS.map((p) => [`${route.path} {${segment}} = ${label(p)}`, route, { segment }, p] as const)),
);
const queryCases = API_QUERIES.flatMap((t) => TRAVERSAL_PAYLOADS.map((p) => [`${t.path}?${t.query}= ${label(p)}`, apiRoute(t.path), t, p] as const));

describe('path traversal and encoding payloads', () => {
  it.each([...segmentCases, ...queryCases])('%s', async (_, route, where, payload) => {
    for (const value of forms(payload)) {
      const segments = { ...('segments' in where ? where.segments : {}), ...('segment' in where ? { [where.segment]: value } : {}) };
      const res = await callRoute(route, segments, 'query' in where ? { [where.query]: value } : {});
      expect([400, 404], `${route.path} with ${label(value)}`).toContain(res.status);
      await expectSafeResponse(res, { okType: route.okType, names: /\S/, echoed: [value] });
    }
  });
});
