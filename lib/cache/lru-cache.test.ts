import { describe, expect, it } from 'vitest';
import { createLruCache } from './lru-cache';

describe('LRU cache', () => {
  it('evicts the least recently used entry beyond its entry bound', () => {
    const cache = createLruCache<string>({ maxEntries: 2 });
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A'); // now b is the oldest
    cache.set('c', 'C');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    expect(cache.size).toBe(2);
  });

  it('keeps the total size within its byte bound and refuses a value larger than the bound', () => {
    const cache = createLruCache<Buffer>({ maxEntries: 100, maxBytes: 10, sizeOf: (b) => b.length });
    cache.set('a', Buffer.alloc(4));
    cache.set('b', Buffer.alloc(4));
    cache.set('c', Buffer.alloc(4));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.bytes).toBe(8);
    cache.set('huge', Buffer.alloc(11));
    expect(cache.get('huge')).toBeUndefined();
    expect([cache.get('b')?.length, cache.get('c')?.length]).toEqual([4, 4]);
  });

  it('replaces a key without counting it twice', () => {
    const cache = createLruCache<Buffer>({ maxEntries: 2, maxBytes: 10, sizeOf: (b) => b.length });
    cache.set('a', Buffer.alloc(6));
    cache.set('a', Buffer.alloc(6));
    expect([cache.size, cache.bytes]).toEqual([1, 6]);
  });
});
