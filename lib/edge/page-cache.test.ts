import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, storedPage } from './page-cache';

const sha = (s: string) => `sha256-${crypto.createHash('sha256').update(s).digest('base64')}`;

describe('storedPage', () => {
  const html =
    '<html><script src="/a.js" nonce="N0NCE"></script><script nonce="N0NCE">self.x=1</script><link rel="modulepreload" nonce="N0NCE"><script>self.y=[1,"</p>"]</script></html>';

  it('drops the render’s nonce attributes and hashes the inline scripts instead', async () => {
    const page = await storedPage(200, {}, html, 'N0NCE');
    expect(page.identity.toString()).not.toContain('nonce=');
    expect(page.scriptHashes).toEqual([sha('self.x=1'), sha('self.y=[1,"</p>"]')]);
  });

  it('starts the page’s script files after its first frame, from an inline loader that is hashed too', async () => {
    const page = await storedPage(200, {}, '<html><head><script src="/app.js" async=""></script></head><body><svg></svg></body></html>', 'N0NCE');
    const text = page.identity.toString();
    expect(text).not.toContain('<script src="/app.js"');
    const loader = /<script>([\s\S]*?)<\/script><\/body>/.exec(text)![1];
    expect(loader).toContain('"/app.js"');
    expect(page.scriptHashes).toEqual([sha(loader)]);
  });

  it('keeps the same bytes compressed both ways', async () => {
    const page = await storedPage(200, {}, html, 'N0NCE');
    expect(zlib.gunzipSync(page.gzip).equals(page.identity)).toBe(true);
    expect(zlib.brotliDecompressSync(page.br).equals(page.identity)).toBe(true);
  });

  it('gives the same view the same ETag whichever nonce rendered it', async () => {
    const a = await storedPage(200, {}, html, 'N0NCE');
    const b = await storedPage(200, {}, html.replaceAll('N0NCE', 'OTHER'), 'OTHER');
    expect(a.hash).toBe(b.hash);
  });
});

describe('inlineScriptHashes', () => {
  it('ignores scripts loaded from a file', () => {
    expect(inlineScriptHashes('<script src="/x.js"></script><script async src="/y.js"></script>')).toEqual([]);
  });
});
