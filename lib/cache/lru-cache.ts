/**
 * A least-recently-used cache bounded by entry count and, optionally, by total size, for values
 * made from client input (preview images, bbox layer bodies) so that arbitrary inputs cannot grow
 * memory. A Map keeps insertion order, so re-inserting on read makes its first key the oldest.
 */
export interface LruCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
  /** Sum of `sizeOf` over the entries. */
  readonly bytes: number;
}

export function createLruCache<V>(options: { maxEntries: number; maxBytes?: number; sizeOf?: (value: V) => number }): LruCache<V> {
  const entries = new Map<string, V>();
  const sizeOf = options.sizeOf ?? (() => 0);
  const maxBytes = options.maxBytes ?? Infinity;
  let bytes = 0;

  const remove = (key: string) => {
    bytes -= sizeOf(entries.get(key)!);
    entries.delete(key);
  };

  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      const size = sizeOf(value);
      // Larger than the whole budget: keeping it would evict everything else.
      if (size > maxBytes) return;
      if (entries.has(key)) remove(key);
      while (entries.size > 0 && (entries.size >= options.maxEntries || bytes + size > maxBytes)) remove(entries.keys().next().value!);
      entries.set(key, value);
      bytes += size;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
