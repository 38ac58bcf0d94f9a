import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, PageCache, storedPage, type StoredPage } from './page-cache';

const sha = (s: string) => `sha256-${crypto.createHash('sha256').update(s).digest('base64')}`;
const fake = (bytes: number): StoredPage => ({
  status: 200,
  headers: {},
  scriptHashes: [],
  hash: 'e',
  identity: Buffer.alloc(0),
  gzip: Buffer.alloc(0),
  br: Buffer.alloc(0),
  bytes,
});

describe('storedPage', () => {
  const html =
    '<html><script src="/a.js" nonce="N0NCE"></script><script nonce="N0NCE">self.x=1</script><link rel="modulepreload" nonce="N0NCE"><script>self.y=[1,"</p>"]</script></html>';

  it('drops the render’s nonce attributes and hashes the inline scripts instead', async () => {
    const page = await storedPage(200, {}, html, 'N0NCE');
    expect(page.identity.toString()).not.toContain('nonce=');
    expect(page.scriptHashes).toEqual([sha('self.x=1'), sha('self.y=[1,"</p>"]')]);
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

describe('PageCache', () => {
  it('keeps a view seen twice even when a flood of one-off views follows', () => {
    const cache = new PageCache({ probationEntries: 4, protectedBytes: 1000 });
    cache.set('/?indicator=urbanization', fake(10));
    expect(cache.get('/?indicator=urbanization')).toBeDefined(); // second request: promoted
    for (let i = 0; i < 500; i++) cache.set(`/?map=5/${i}/100`, fake(10));
    expect(cache.get('/?indicator=urbanization')).toBeDefined();
    expect(cache.size.probation).toBe(4);
  });

  it('forgets the oldest one-off views beyond the probation bound', () => {
    const cache = new PageCache({ probationEntries: 2, protectedBytes: 1000 });
    for (const k of ['a', 'b', 'c']) cache.set(k, fake(1));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('bounds the protected pages by bytes, evicting the least recently used', () => {
    const cache = new PageCache({ probationEntries: 10, protectedBytes: 25 });
    for (const k of ['a', 'b', 'c']) {
      cache.set(k, fake(10));
      cache.get(k);
    }
    expect(cache.size.protectedBytes).toBeLessThanOrEqual(25);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('never stores a page larger than the whole budget', () => {
    const cache = new PageCache({ probationEntries: 10, protectedBytes: 5 });
    cache.set('big', fake(6));
    expect(cache.get('big')).toBeUndefined();
  });
});
