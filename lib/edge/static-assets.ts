/**
 * The page's JavaScript and CSS compressed once, at build time, at brotli's best quality
 * (geo/scripts/precompress-assets.mjs writes a `.br` beside each file), instead of at quality 4 on
 * every request by the compression middleware: about a fifth fewer bytes before the first map
 * (MapLibre alone: 296 KB → 236 KB) and no compression work per request on a busy machine.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { etagFor, matchesIfNoneMatch, negotiateEncoding } from '../http/prepared-body';

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.mjs': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
};
/** Next's own policies: its build's files have content-hashed names; public/ files do not, so they are revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0';

export interface StaticAsset {
  br: Buffer;
  type: string;
  cacheControl: string;
  etag: string;
}

export interface AssetRoots {
  /** Next's build directory (.next): /_next/static/… is its static/ folder. */
  next: string;
  /** public/: served at the root, only the files it held at start. */
  public: string;
}

/** The file a URL path names, when it is a script or stylesheet the edge may serve; null otherwise (and for anything outside the roots). */
export function assetFile(urlPath: string, roots: AssetRoots, publicFiles: ReadonlySet<string>): string | null {
  if (!TYPES[path.extname(urlPath)]) return null;
  const [root, rest] = urlPath.startsWith('/_next/static/')
    ? [path.join(roots.next, 'static'), urlPath.slice('/_next/static/'.length)]
    : publicFiles.has(urlPath)
      ? [roots.public, urlPath.slice(1)]
      : [null, ''];
  if (!root) return null;
  const file = path.resolve(root, rest);
  return file.startsWith(root + path.sep) ? file : null;
}

/** Looks up (once per path) the brotli bytes written beside an asset; null where there are none. */
export function createStaticAssets(roots: AssetRoots, publicFiles: ReadonlySet<string>): (urlPath: string) => StaticAsset | null {
  const known = new Map<string, StaticAsset | null>();
  return (urlPath) => {
    if (known.has(urlPath)) return known.get(urlPath)!;
    const file = assetFile(urlPath, roots, publicFiles);
    let asset: StaticAsset | null = null;
    // A copy older than its file (MapLibre copied again by an install) is stale: Next answers instead.
    if (file && fs.existsSync(`${file}.br`) && fs.statSync(`${file}.br`).mtimeMs >= fs.statSync(file).mtimeMs) {
      const br = fs.readFileSync(`${file}.br`);
      const hash = crypto.createHash('sha1').update(br).digest('base64url');
      asset = { br, type: TYPES[path.extname(file)], cacheControl: urlPath.startsWith('/_next/static/') ? IMMUTABLE : REVALIDATE, etag: hash };
    }
    // Only paths that name a file are remembered, so made-up URLs cannot grow the map.
    if (file) known.set(urlPath, asset);
    return asset;
  };
}

/** Sends the brotli bytes to a client that accepts them (a 304 when its ETag matches); false where it does not, for Next to answer. */
export function sendStaticAsset(req: IncomingMessage, res: ServerResponse, asset: StaticAsset): boolean {
  if (negotiateEncoding(String(req.headers['accept-encoding'] ?? ''), ['br', 'identity']) !== 'br') return false;
  res.setHeader('Content-Type', asset.type);
  res.setHeader('Cache-Control', asset.cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', etagFor(asset.etag, 'br'));
  if (matchesIfNoneMatch(req.headers['if-none-match'], asset.etag)) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.setHeader('Content-Encoding', 'br');
  res.setHeader('Content-Length', String(asset.br.length));
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : asset.br);
  return true;
}
