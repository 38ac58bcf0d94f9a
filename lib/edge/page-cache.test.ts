import { describe, expect, it } from 'vitest';
import { PageCache, pageHtml, storedPage } from './page-cache';

const page = (html: string, nonce = 'N0NCE') => storedPage(200, { 'content-type': 'text/html' }, html, nonce);

describe('storedPage / pageHtml', () => {
  it('gives every response its own nonce, wherever the render put the old one', () => {
    const stored = page('<script nonce="N0NCE">a</script><link nonce="N0NCE"><p>N0NCE</p>');
    expect(pageHtml(stored, 'fresh')).toBe('<script nonce="fresh">a</script><link nonce="fresh"><p>fresh</p>');
    expect(pageHtml(stored, 'other')).not.toContain('N0NCE');
  });
});

describe('PageCache', () => {
  it('keeps a view seen twice even when a flood of one-off views follows', () => {
    const cache = new PageCache({ probationEntries: 4, protectedBytes: 1000 });
    cache.set('/?indicator=urbanization', page('shared'));
    expect(cache.get('/?indicator=urbanization')).toBeDefined(); // second request: promoted
    for (let i = 0; i < 500; i++) cache.set(`/?map=5/${i}/100`, page('one-off'));
    expect(cache.get('/?indicator=urbanization')).toBeDefined();
    expect(cache.size.probation).toBe(4);
  });

  it('forgets the oldest one-off views beyond the probation bound', () => {
    const cache = new PageCache({ probationEntries: 2, protectedBytes: 1000 });
    for (const k of ['a', 'b', 'c']) cache.set(k, page(k));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('bounds the protected pages by bytes, evicting the least recently used', () => {
    const cache = new PageCache({ probationEntries: 10, protectedBytes: 25 });
    for (const k of ['a', 'b', 'c']) {
      cache.set(k, page('x'.repeat(10)));
      cache.get(k);
    }
    expect(cache.size.protectedBytes).toBeLessThanOrEqual(25);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('never stores a page larger than the whole budget', () => {
    const cache = new PageCache({ probationEntries: 10, protectedBytes: 5 });
    cache.set('big', page('x'.repeat(6)));
    expect(cache.get('big')).toBeUndefined();
  });
});
