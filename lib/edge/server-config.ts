/**
 * How server.mjs listens, from the environment, validated once at start: a bad value stops the
 * server with a readable message instead of misbehaving later.
 *
 *   PORT (3000), HOSTNAME (0.0.0.0), PUBLIC_ORIGIN (see lib/http/origin.ts), TRUST_PROXY=1 (believe
 *   X-Forwarded-Proto from a TLS proxy in front), CLIENT_TIMEOUT_MS (10000: the time a client gets
 *   to send its request headers; the other limits on slow clients are multiples of it),
 *   TILES_PMTILES_URL (unset: see lib/http/tile-archives.ts).
 */
import { resolvePublicOrigin } from '../http/origin';
import { resolveTileArchives } from '../http/tile-archives';

export interface ClientTimeouts {
  /** To send the request line and headers (slowloris). */
  headersMs: number;
  /** To send the whole request. */
  requestMs: number;
  /** A socket with no traffic either way (a reader that stopped reading). */
  idleMs: number;
  /** Between requests on a kept-alive connection. */
  keepAliveMs: number;
  /** From the request to the last byte of the response, however slowly the client reads. */
  responseMs: number;
  /** How often Node checks headersMs and requestMs. */
  checkEveryMs: number;
}

export interface ServerConfig {
  dev: boolean;
  port: number;
  hostname: string;
  publicOrigin: string;
  /** Base URL of the tilesets' PMTiles archives, or null to serve tiles from this server. */
  tileArchives: string | null;
  trustProxy: boolean;
  timeouts: ClientTimeouts;
}

export class ServerConfigError extends Error {}

function clientTimeouts(baseMs: number): ClientTimeouts {
  return {
    headersMs: baseMs,
    requestMs: 3 * baseMs,
    idleMs: 2 * baseMs,
    keepAliveMs: Math.min(5000, baseMs),
    responseMs: 6 * baseMs,
    checkEveryMs: Math.max(100, Math.min(1000, Math.floor(baseMs / 4))),
  };
}

export function serverConfig(env: Record<string, string | undefined>, argv: readonly string[]): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ServerConfigError(`PORT must be a port number (got "${env.PORT}")`);
  const base = Number(env.CLIENT_TIMEOUT_MS ?? 10_000);
  if (!Number.isFinite(base) || base < 200 || base > 600_000)
    throw new ServerConfigError('CLIENT_TIMEOUT_MS must be a number of milliseconds between 200 and 600000');
  return {
    dev: argv.includes('--dev'),
    port,
    hostname: env.HOSTNAME ?? '0.0.0.0',
    publicOrigin: resolvePublicOrigin(env),
    tileArchives: resolveTileArchives(env),
    trustProxy: env.TRUST_PROXY === '1',
    timeouts: clientTimeouts(base),
  };
}
