import { describe, expect, it, vi } from 'vitest';
import { createWorkGate, WorkGateFullError } from '../http/work-gate';
import { createGatedCache } from './gated-cache';
import { createLruCache } from './lru-cache';

const setup = (concurrency = 1, maxQueued = 0) =>
  createGatedCache(createLruCache<string>({ maxEntries: 8 }), createWorkGate({ concurrency, maxQueued, retryAfterSeconds: 1 }));

describe('gated cache', () => {
  it('makes a value once for a burst of requests, then serves it from the cache without the gate', async () => {
    const cache = setup();
    const make = vi.fn(async () => 'png');
    expect(await Promise.all([cache.get('k', make), cache.get('k', make), cache.get('k', make)])).toEqual(['png', 'png', 'png']);
    expect(make).toHaveBeenCalledTimes(1);
    // The gate is busy with other work; the cached value still comes back.
    let unblock!: () => void;
    const busy = cache.get('other', () => new Promise<string>((resolve) => (unblock = () => resolve('x'))));
    await expect(cache.get('third', make)).rejects.toBeInstanceOf(WorkGateFullError);
    expect(await cache.get('k', make)).toBe('png');
    unblock();
    await busy;
  });

  it('does not keep a failure: the next request makes the value again', async () => {
    const cache = setup();
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
  });
});
