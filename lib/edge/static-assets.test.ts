import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { assetFile, createStaticAssets, sendStaticAsset } from './static-assets';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-assets-'));
const roots = { next: path.join(dir, '.next'), public: path.join(dir, 'public') };
const publicFiles = new Set(['/maplibre-gl.mjs', '/icon.svg']);
const write = (file: string, body: string | Buffer) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
};
const SCRIPT = 'console.log("hello");'.repeat(100);
write(path.join(roots.next, 'static', 'chunks', 'a1.js'), SCRIPT);
write(path.join(roots.next, 'static', 'chunks', 'a1.js.br'), zlib.brotliCompressSync(SCRIPT));
write(path.join(roots.next, 'static', 'chunks', 'plain.js'), SCRIPT);
write(path.join(roots.public, 'maplibre-gl.mjs'), SCRIPT);
write(path.join(roots.public, 'maplibre-gl.mjs.br'), zlib.brotliCompressSync(SCRIPT));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A response that records what the edge sent. */
function fakeResponse() {
  const headers: Record<string, string> = {};
  const sent = { status: 0, body: undefined as Buffer | undefined, headers };
  const res = {
    setHeader: (k: string, v: string) => (headers[k.toLowerCase()] = v),
    set statusCode(s: number) {
      sent.status = s;
    },
    end: (body?: Buffer) => (sent.body = body),
  } as unknown as ServerResponse;
  return { res, sent };
}
const request = (headers: Record<string, string>, method = 'GET') => ({ headers, method }) as unknown as IncomingMessage;

describe('assetFile', () => {
  it('maps Next’s static files and public/ scripts to their files, and nothing outside them', () => {
    expect(assetFile('/_next/static/chunks/a1.js', roots, publicFiles)).toBe(path.join(roots.next, 'static', 'chunks', 'a1.js'));
    expect(assetFile('/maplibre-gl.mjs', roots, publicFiles)).toBe(path.join(roots.public, 'maplibre-gl.mjs'));
    expect(assetFile('/icon.svg', roots, publicFiles)).toBeNull(); // not a script or stylesheet
    expect(assetFile('/other.mjs', roots, publicFiles)).toBeNull(); // not in public/ at start
    expect(assetFile('/_next/static/../../package.js', roots, publicFiles)).toBeNull();
    expect(assetFile('/_next/static/chunks/%2e%2e/x.js', roots, publicFiles)).toBe(path.join(roots.next, 'static', 'chunks', '%2e%2e', 'x.js'));
  });
});

describe('createStaticAssets and sendStaticAsset', () => {
  const assets = createStaticAssets(roots, publicFiles);

  it('sends the build’s brotli bytes as they are, immutable for Next’s hashed files and revalidated for public/', () => {
    const { res, sent } = fakeResponse();
    expect(sendStaticAsset(request({ 'accept-encoding': 'gzip, deflate, br' }), res, assets('/_next/static/chunks/a1.js')!)).toBe(true);
    expect(sent.status).toBe(200);
    expect(sent.headers).toMatchObject({
      'content-encoding': 'br',
      'content-type': 'application/javascript; charset=UTF-8',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
    });
    expect(zlib.brotliDecompressSync(sent.body!).toString()).toBe(SCRIPT);
    expect(assets('/maplibre-gl.mjs')!.cacheControl).toBe('public, max-age=0');
  });

  it('answers a matching ETag with 304, and HEAD without a body', () => {
    const asset = assets('/maplibre-gl.mjs')!;
    const first = fakeResponse();
    sendStaticAsset(request({ 'accept-encoding': 'br' }, 'HEAD'), first.res, asset);
    expect(first.sent.body).toBeUndefined();
    expect(first.sent.headers['content-length']).toBe(String(asset.br.length));
    const again = fakeResponse();
    sendStaticAsset(request({ 'accept-encoding': 'br', 'if-none-match': first.sent.headers.etag }), again.res, asset);
    expect(again.sent.status).toBe(304);
  });

  it('leaves to Next a client without brotli, a file without a copy, and a copy older than its file', () => {
    const { res } = fakeResponse();
    expect(sendStaticAsset(request({ 'accept-encoding': 'gzip' }), res, assets('/_next/static/chunks/a1.js')!)).toBe(false);
    expect(assets('/_next/static/chunks/plain.js')).toBeNull();
    const stale = path.join(roots.next, 'static', 'chunks', 'b2.js');
    write(`${stale}.br`, zlib.brotliCompressSync('old'));
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(`${stale}.br`, past, past);
    write(stale, SCRIPT);
    expect(createStaticAssets(roots, publicFiles)('/_next/static/chunks/b2.js')).toBeNull();
  });
});
