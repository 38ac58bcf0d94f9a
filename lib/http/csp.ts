/** Content Security Policies: same origin only; scripts on pages by nonce, never 'unsafe-eval' in production. */
const shared = [
  "style-src 'self' 'unsafe-inline'", // MapLibre and the charts position elements with inline styles
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** `embed`: the page was asked for with embed=1, the one view other sites may frame. */
export function pageCsp(nonce: string, dev = false, embed = false): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    ...shared,
    embed ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}

/** For API responses, which are data and never run scripts. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
