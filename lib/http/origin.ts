/**
 * The one place the server learns its own address: PUBLIC_ORIGIN (e.g. https://hinterland.example),
 * or the listening address when unset. Never the request's Host or X-Forwarded-* headers: a response
 * built from them could be cached by a CDN and served to everyone (cache poisoning).
 * Only absolute URLs need it (link-preview images); everything else uses root-relative URLs.
 */
export class PublicOriginError extends Error {}

type Env = Record<string, string | undefined>;

/** The listening address as a browser would reach it: 0.0.0.0 and :: mean "this machine". */
function listeningOrigin(env: Env): string {
  const port = env.PORT ?? '3000';
  const host = env.HOSTNAME && !['0.0.0.0', '::', ''].includes(env.HOSTNAME) ? env.HOSTNAME : 'localhost';
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Throws PublicOriginError with a readable reason when PUBLIC_ORIGIN is not a bare http(s) origin. */
export function resolvePublicOrigin(env: Env = process.env): string {
  const configured = env.PUBLIC_ORIGIN?.trim();
  if (!configured) return new URL(listeningOrigin(env)).origin;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new PublicOriginError(`PUBLIC_ORIGIN must be an absolute URL such as https://hinterland.example (got "${configured.slice(0, 80)}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PublicOriginError('PUBLIC_ORIGIN must use http or https');
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new PublicOriginError('PUBLIC_ORIGIN must be an origin only: scheme, host and port, no path, query or credentials');
  }
  return url.origin;
}

let memo: string | undefined;
/** This process's public origin (server.mjs validates it at start, so a bad value never gets here). */
export const publicOrigin = (): string => (memo ??= resolvePublicOrigin());
