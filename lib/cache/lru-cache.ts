/**
 * A least-recently-used cache bounded by entry count and, optionally, by total size, for values
 * made from client input (preview images, bbox layer bodies, pages) so that arbitrary inputs cannot
 * grow memory. The `lru-cache` package does the work; this is the small interface the stores use.
 */
import { LRUCache } from 'lru-cache';

export interface LruCache<V> {
  get(key: string): V | undefined;
  /** Without counting as a use. */
  has(key: string): boolean;
  set(key: string, value: V): void;
  delete(key: string): void;
  readonly size: number;
  /** Sum of `sizeOf` over the entries. */
  readonly bytes: number;
}

export function createLruCache<V extends NonNullable<unknown>>(options: { maxEntries: number; maxBytes?: number; sizeOf?: (value: V) => number }): LruCache<V> {
  const { maxEntries, maxBytes, sizeOf } = options;
  const cache = new LRUCache<string, V>({
    max: maxEntries,
    // A value larger than the whole budget is not kept (lru-cache refuses it rather than evict everything).
    ...(maxBytes !== undefined ? { maxSize: maxBytes, sizeCalculation: (v: V) => Math.max(1, sizeOf?.(v) ?? 1) } : {}),
  });
  return {
    get: (key) => cache.get(key),
    has: (key) => cache.has(key),
    set: (key, value) => void cache.set(key, value),
    delete: (key) => void cache.delete(key),
    get size() {
      return cache.size;
    },
    get bytes() {
      return cache.calculatedSize ?? 0;
    },
  };
}
