/**
 * A bounded cache of values that are expensive to make from client input: each value is made once
 * even under a burst of requests for it, and no more are made at once than the gate allows.
 */
import type { WorkGate } from '../http/work-gate';
import type { LruCache } from './lru-cache';

interface GatedCache<V extends NonNullable<unknown>> {
  /** The cached value, or one made by `make` under the gate (rejects with WorkGateFullError when it is full). */
  get(key: string, make: () => Promise<V>): Promise<V>;
}

export function createGatedCache<V extends NonNullable<unknown>>(cache: LruCache<V>, gate: WorkGate): GatedCache<V> {
  const making = new Map<string, Promise<V>>();
  return {
    get(key, make) {
      const cached = cache.get(key);
      if (cached !== undefined) return Promise.resolve(cached);
      let pending = making.get(key);
      if (!pending) {
        pending = gate
          .run(make)
          .then((value) => {
            cache.set(key, value);
            return value;
          })
          .finally(() => making.delete(key));
        making.set(key, pending);
      }
      return pending;
    },
  };
}
