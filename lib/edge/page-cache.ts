/**
 * Rendered pages, kept per canonical view so a page view costs a lookup and a buffer write instead
 * of a React render. A page is rendered once with a nonce; for keeping, its nonce attributes are
 * removed and its inline scripts are named by hash instead (lib/http/csp.ts), so the stored bytes
 * are the same for every reader: compressed once, with an ETag, and still no 'unsafe-inline'.
 * They are kept in a SegmentedCache (lib/cache/segmented-cache.ts).
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { preloadPageFonts } from './preload-page-fonts';
import { startScriptsAfterPaint } from './start-after-paint';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface StoredPage {
  status: number;
  /** Next's headers for the page (content type, Vary …), without the per-response ones. */
  headers: Record<string, string | string[]>;
  /** CSP hash sources ('sha256-…') of the page's inline scripts. */
  scriptHashes: string[];
  /** Hash of the identity bytes; ETags per encoding come from it (lib/http/prepared-body.ts). */
  hash: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  bytes: number;
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP hash sources of every inline script (the exact text between the tags, as browsers hash it). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => `sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}`);
  return [...new Set(hashes)];
}

/** The page as kept: nonce attributes gone, its scripts started after the first frame, its first screen's fonts preloaded, inline scripts hashed, compressed off the event loop. */
export async function storedPage(status: number, headers: Record<string, string | string[]>, html: string, nonce: string): Promise<StoredPage> {
  const text = preloadPageFonts(startScriptsAfterPaint(html.replaceAll(` nonce="${nonce}"`, '')));
  const identity = Buffer.from(text, 'utf8');
  const [br, gz] = await Promise.all([brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }), gzip(identity, { level: 9 })]);
  return {
    status,
    headers,
    scriptHashes: inlineScriptHashes(text),
    hash: crypto.createHash('sha1').update(identity).digest('base64url').slice(0, 22),
    identity,
    gzip: gz,
    br,
    bytes: identity.length + gz.length + br.length,
  };
}
