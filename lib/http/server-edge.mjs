/**
 * What server.mjs decides about a request before Next sees it. Plain JavaScript because server.mjs
 * runs under node without a TypeScript loader; types are in server-edge.d.mts for the tests.
 */

/** Two years, subdomains included: long enough for preload lists, and set only over https. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * True when the reader reached us over https: TLS on this very socket, or — only when the operator
 * says a proxy in front terminates TLS (TRUST_PROXY=1) — that proxy's X-Forwarded-Proto. Without
 * TRUST_PROXY any client could send the header, so it is ignored.
 */
export function cameOverHttps(req, env = process.env) {
  if (req.socket?.encrypted) return true;
  if (env.TRUST_PROXY !== '1') return false;
  const header = req.headers['x-forwarded-proto'];
  // The first value is what the client used when several proxies appended theirs.
  const proto = String(Array.isArray(header) ? header[0] : (header ?? '')).split(',')[0].trim().toLowerCase();
  return proto === 'https';
}

/**
 * True when the path cannot be percent-decoded (a bare %, %ZZ, bytes that are not UTF-8). Next
 * answers such paths with a bare 500, so server.mjs answers them with a JSON 400 instead.
 */
export function isMalformedPath(url) {
  const path = String(url ?? '').split('?')[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** Headers of every answer this layer gives itself: the API's deny-all policy, no sniffing, no framing. */
const EDGE_HEADERS = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * Where a path with backslashes belongs: the same path with slashes, runs of slashes collapsed so
 * that `/\\evil.com` cannot become the protocol-relative `//evil.com`; the query kept. Null when the
 * path has no backslash. Next redirects these itself, but without any security header.
 */
export function backslashRedirectTarget(url) {
  const raw = String(url ?? '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  if (!path.includes('\\')) return null;
  return path.replace(/\\/g, '/').replace(/\/{2,}/g, '/') + (q < 0 ? '' : raw.slice(q));
}

/** The 308 for a backslash path, with this layer's headers. */
export function backslashRedirectResponse(location) {
  return { status: 308, headers: { ...EDGE_HEADERS, Location: location }, body: '' };
}

/** The 400 for a malformed path: JSON like every API error, with the API's deny-all policy. */
export const MALFORMED_PATH_RESPONSE = {
  status: 400,
  headers: { ...EDGE_HEADERS, 'Content-Type': 'application/json; charset=utf-8' },
  body: JSON.stringify({
    error: 'bad_request',
    message: 'Malformed URL path: every % must start a percent-encoded UTF-8 byte (%XX with two hex digits).',
  }),
};
