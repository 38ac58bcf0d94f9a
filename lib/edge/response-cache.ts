/**
 * API answers kept by the edge as a CDN would keep them: only what the route marked
 * `Cache-Control: public` with an ETag, as it was sent (compressed bytes and all), per URL and
 * negotiated encoding. Kept in a SegmentedCache (lib/cache/segmented-cache.ts), bounded in bytes.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { ifNoneMatchIncludes } from '../http/prepared-body';

export interface StoredResponse {
  headers: Record<string, string | string[]>;
  body: Buffer;
  etag: string;
  bytes: number;
}

/** Headers that belong to one response on one connection, not to the answer. */
export const PER_CONNECTION = ['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'strict-transport-security'];

/** A response's headers as strings, without the names in `drop` (lower case). */
export function headersWithout(headers: OutgoingHttpHeaders, drop: ReadonlySet<string>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !drop.has(name)) kept[name] = Array.isArray(value) ? value : String(value);
  return kept;
}

const NOT_KEPT = new Set(PER_CONNECTION);

export function keepableResponse(status: number, headers: OutgoingHttpHeaders, body: Buffer): StoredResponse | null {
  const etag = headers.etag;
  if (status !== 200 || typeof etag !== 'string' || !/\bpublic\b/.test(String(headers['cache-control'] ?? '')) || headers['set-cookie']) return null;
  return { headers: headersWithout(headers, NOT_KEPT), body, etag, bytes: body.length + 512 };
}

export function sendStoredResponse(req: IncomingMessage, res: ServerResponse, stored: StoredResponse): void {
  for (const [name, value] of Object.entries(stored.headers)) res.setHeader(name, value);
  if (ifNoneMatchIncludes(req.headers['if-none-match'], [stored.etag])) {
    for (const name of ['content-type', 'content-encoding']) res.removeHeader(name);
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('Content-Length', String(stored.body.length));
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : stored.body);
}
