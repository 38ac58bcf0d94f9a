// @ts-check
// Pages get a per-request nonce CSP from proxy.ts (lib/http/csp.ts); API responses this one.
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // server.mjs compresses responses, so that route handlers can send bytes compressed at build time.
  compress: false,
  productionBrowserSourceMaps: false,
  // A native module (preview images): loaded by Node at run time, not bundled.
  serverExternalPackages: ['@napi-rs/canvas'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Older browsers read X-Frame-Options; the embed view (embed=1) is the one page others may frame.
      { source: '/:path*', missing: [{ type: 'query', key: 'embed', value: '1' }], headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
    ];
  },
};

module.exports = nextConfig;
