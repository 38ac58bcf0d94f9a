/**
 * API answers kept by the edge as a CDN would keep them: only what the route marked
 * `Cache-Control: public` with an ETag, as it was sent (compressed bytes and all), per URL and
 * negotiated encoding. Kept in a SegmentedCache (lib/cache/segmented-cache.ts), bounded in bytes.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export interface StoredResponse {
  headers: Record<string, string | string[]>;
  body: Buffer;
  etag: string;
  bytes: number;
}

/** Headers that belong to one response on one connection, not to the answer. */
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'strict-transport-security']);

export function keepableResponse(status: number, headers: OutgoingHttpHeaders, body: Buffer): StoredResponse | null {
  const etag = headers.etag;
  if (status !== 200 || typeof etag !== 'string' || !/\bpublic\b/.test(String(headers['cache-control'] ?? '')) || headers['set-cookie']) return null;
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !PER_CONNECTION.has(name)) kept[name] = Array.isArray(value) ? value : String(value);
  return { headers: kept, body, etag, bytes: body.length + 512 };
}

/** True when the client already has this answer (RFC 9110 If-None-Match, weak comparison). */
export function clientHas(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => weak(tag) === weak(etag));
}

export function sendStoredResponse(req: IncomingMessage, res: ServerResponse, stored: StoredResponse): void {
  for (const [name, value] of Object.entries(stored.headers)) res.setHeader(name, value);
  if (clientHas(req.headers['if-none-match'], stored.etag)) {
    for (const name of ['content-type', 'content-encoding']) res.removeHeader(name);
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('Content-Length', String(stored.body.length));
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : stored.body);
}
