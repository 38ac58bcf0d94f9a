/**
 * Response bodies prepared once (compressed, hashed) and served many times: the server's hot path
 * is then a header check and a buffer write. Strong ETags differ per content encoding, as RFC 9110
 * requires; a conditional request matching any of a body's ETags gets 304.
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { canSendPrecompressed, ENCODING_HEADER, LENGTH_HEADER } from './precompressed';

export interface PreparedBody {
  contentType: string;
  cacheControl: string;
  /** Hash of the identity bytes; the per-encoding ETags are derived from it. */
  hash: string;
  identity: () => Buffer;
  /** Absent for bytes that do not compress (images). */
  gzip?: Buffer;
  br?: Buffer;
}

export type Encoding = 'br' | 'gzip' | 'identity';

const hashOf = (b: Buffer) => crypto.createHash('sha1').update(b).digest('base64url').slice(0, 22);

const COMPRESSION = {
  // For the few bodies every reader fetches, made once when the server starts (catalogue, panel, style).
  max: { gzip: { level: 9 }, br: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } } },
  // For bodies made on a reader's first request (a region, an indicator's year, bbox variants):
  // brotli 11 took 20–90 ms per body on the event loop (6.6 s of a cold 15 s load run); quality 6
  // takes 1–5 ms for bodies 10–15% larger.
  fast: { gzip: { level: 6 }, br: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } } },
} satisfies Record<string, { gzip: zlib.ZlibOptions; br: zlib.BrotliOptions }>;

export type CompressionEffort = keyof typeof COMPRESSION;

const toBuffer = (body: string | Buffer) => (Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));

/** Compressed on the calling thread: `max` only for bodies prepared once, at start. */
export function prepareBody(body: string | Buffer, contentType: string, cacheControl: string, effort: CompressionEffort): PreparedBody {
  const identity = toBuffer(body);
  return {
    contentType,
    cacheControl,
    hash: hashOf(identity),
    identity: () => identity,
    gzip: zlib.gzipSync(identity, COMPRESSION[effort].gzip),
    br: zlib.brotliCompressSync(identity, COMPRESSION[effort].br),
  };
}

const gzipOffLoop = promisify<zlib.InputType, zlib.ZlibOptions, Buffer>(zlib.gzip);
const brotliOffLoop = promisify<zlib.InputType, zlib.BrotliOptions, Buffer>(zlib.brotliCompress);

/** Compressed on libuv's thread pool, so that large bodies do not hold up the event loop. */
export async function prepareBodyOffLoop(body: string | Buffer, contentType: string, cacheControl: string, effort: CompressionEffort): Promise<PreparedBody> {
  const identity = toBuffer(body);
  const [gzip, br] = await Promise.all([gzipOffLoop(identity, COMPRESSION[effort].gzip), brotliOffLoop(identity, COMPRESSION[effort].br)]);
  return { contentType, cacheControl, hash: hashOf(identity), identity: () => identity, gzip, br };
}

/** For bytes already compressed in their own format (PNG): served as they are. */
export function preparedIdentity(bytes: Buffer, contentType: string, cacheControl: string): PreparedBody {
  return { contentType, cacheControl, hash: hashOf(bytes), identity: () => bytes };
}

/** For bytes stored compressed (tiles, whole layers): identity is inflated only if a client asks. */
export function preparedFromGzip(gzip: Buffer, hash: string, contentType: string, cacheControl: string, br?: Buffer): PreparedBody {
  let inflated: Buffer | undefined;
  return { contentType, cacheControl, hash, gzip, ...(br ? { br } : {}), identity: () => (inflated ??= zlib.gunzipSync(gzip)) };
}

export function etagFor(hash: string, encoding: Encoding): string {
  return encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`;
}

/** Picks the best encoding the client accepts (ignores encodings it gives q=0). */
export function negotiateEncoding(acceptEncoding: string | null, available: Encoding[]): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (e: string) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  for (const e of ['br', 'gzip'] as const) if (available.includes(e) && ok(e)) return e;
  return 'identity';
}

/** True when If-None-Match names one of `etags` (RFC 9110: weak comparison, `*` matches any). */
export function ifNoneMatchIncludes(header: string | null | undefined, etags: readonly string[]): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  const tags = header.split(',').map(weak);
  return etags.some((etag) => tags.includes(weak(etag)));
}

/** A conditional request matching any of a body's per-encoding ETags. */
export const matchesIfNoneMatch = (header: string | null | undefined, hash: string): boolean =>
  ifNoneMatchIncludes(
    header,
    (['identity', 'gzip', 'br'] as const).map((e) => etagFor(hash, e)),
  );

/**
 * Answers with the best prepared encoding. Behind server.mjs the compressed bytes go out as they
 * are; elsewhere (next dev, tests without the marker) identity bytes, left to the server to compress.
 */
export function serveBody(request: Request, body: PreparedBody, extraHeaders: Record<string, string> = {}): Response {
  const precompressed = canSendPrecompressed(request);
  const available: Encoding[] = !precompressed || !body.gzip ? ['identity'] : body.br ? ['br', 'gzip', 'identity'] : ['gzip', 'identity'];
  const encoding = negotiateEncoding(request.headers.get('accept-encoding'), available);
  const headers: Record<string, string> = {
    'Cache-Control': body.cacheControl,
    ETag: etagFor(body.hash, encoding),
    Vary: 'Accept-Encoding',
    ...extraHeaders,
  };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), body.hash)) {
    return new Response(null, { status: 304, headers });
  }
  const bytes = encoding === 'br' ? body.br! : encoding === 'gzip' ? body.gzip! : body.identity();
  headers['Content-Type'] = body.contentType;
  if (encoding !== 'identity') {
    headers[ENCODING_HEADER] = encoding;
    headers[LENGTH_HEADER] = String(bytes.length);
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers });
}
