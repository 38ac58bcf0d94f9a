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
  "frame-ancestors 'none'",
];

export function pageCsp(nonce: string, dev = false): string {
  return [`default-src 'self'`, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`, ...shared].join('; ');
}

/** For API responses, which are data and never run scripts. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
