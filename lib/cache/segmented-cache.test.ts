import { describe, expect, it } from 'vitest';
import { SegmentedCache } from './segmented-cache';

interface Entry {
  bytes: number;
}
const fake = (bytes: number): Entry => ({ bytes });

describe('SegmentedCache', () => {
  it('keeps a view seen twice even when a flood of one-off views follows', () => {
    const cache = new SegmentedCache<Entry>({ probationEntries: 4, probationBytes: 1000, protectedBytes: 1000 });
    cache.set('/?indicator=urbanization', fake(10));
    expect(cache.get('/?indicator=urbanization')).toBeDefined(); // second request: promoted
    for (let i = 0; i < 500; i++) cache.set(`/?map=5/${i}/100`, fake(10));
    expect(cache.get('/?indicator=urbanization')).toBeDefined();
    expect(cache.size.probation).toBe(4);
  });

  it('forgets the oldest one-off views beyond the probation bound', () => {
    const cache = new SegmentedCache<Entry>({ probationEntries: 2, probationBytes: 1000, protectedBytes: 1000 });
    for (const k of ['a', 'b', 'c']) cache.set(k, fake(1));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('bounds the protected pages by bytes, evicting the least recently used', () => {
    const cache = new SegmentedCache<Entry>({ probationEntries: 10, probationBytes: 1000, protectedBytes: 25 });
    for (const k of ['a', 'b', 'c']) {
      cache.set(k, fake(10));
      cache.get(k);
    }
    expect(cache.size.protectedBytes).toBeLessThanOrEqual(25);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('answers has() in either segment without promoting or refreshing anything', () => {
    const cache = new SegmentedCache<Entry>({ probationEntries: 2, probationBytes: 1000, protectedBytes: 1000 });
    cache.set('a', fake(1));
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    // Asking has() did not promote 'a': two more one-off keys push it out of probation.
    cache.set('b', fake(1));
    cache.set('c', fake(1));
    expect(cache.has('a')).toBe(false);
    cache.get('c');
    expect([cache.has('c'), cache.size.protected]).toEqual([true, 1]);
  });

  it('never stores a page larger than the whole budget', () => {
    const cache = new SegmentedCache<Entry>({ probationEntries: 10, probationBytes: 5, protectedBytes: 5 });
    cache.set('big', fake(6));
    expect(cache.get('big')).toBeUndefined();
  });
});
