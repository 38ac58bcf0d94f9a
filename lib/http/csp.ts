/** Content Security Policies: same origin only; scripts on pages by nonce or hash, never 'unsafe-inline' or (in production) 'unsafe-eval'. */
import { tileArchivesOrigin } from './tile-archives';

const shared = () => [
  "style-src 'self' 'unsafe-inline'", // MapLibre and the charts position elements with inline styles
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The map may also read tiles from the one configured archive origin (TILES_PMTILES_URL), no other.
  `connect-src 'self'${tileArchivesOrigin() ? ` ${tileArchivesOrigin()}` : ''}`,
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Which scripts a page may run. A page rendered for this response names its inline scripts by a
 * fresh nonce ('strict-dynamic' then trusts what they load); a page served from the edge's cache
 * is the same bytes for everyone, so it names its inline scripts by hash and its script files by
 * origin ('self'). Either way an injected inline script cannot run.
 */
type PageScripts = { nonce: string } | { hashes: readonly string[] };

/** `embed`: the page was asked for with embed=1, the one view other sites may frame. */
export function pageCsp(scripts: PageScripts, dev = false, embed = false): string {
  const allowed = 'nonce' in scripts ? `'nonce-${scripts.nonce}' 'strict-dynamic'` : scripts.hashes.map((h) => `'${h}'`).join(' ');
  return [
    `default-src 'self'`,
    `script-src 'self' ${allowed}${dev ? " 'unsafe-eval'" : ''}`,
    ...shared(),
    embed ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}

/** For API responses, which are data and never run scripts. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
