/**
 * A segmented LRU for responses kept from client-chosen URLs: a new key enters a small probation
 * segment, and only a second request promotes it to the protected one. A flood of one-off keys
 * (random map positions, bbox cuts) churns probation and never evicts what readers ask for again.
 * Both segments are bounded in bytes, probation in entries too.
 */
import { createLruCache, type LruCache } from './lru-cache';

export interface SegmentedCacheLimits {
  probationEntries: number;
  probationBytes: number;
  protectedBytes: number;
}

export class SegmentedCache<V extends { bytes: number }> {
  private readonly probation: LruCache<V>;
  private readonly protectedEntries: LruCache<V>;

  constructor(limits: SegmentedCacheLimits) {
    const sizeOf = (value: V) => value.bytes;
    this.probation = createLruCache({ maxEntries: limits.probationEntries, maxBytes: limits.probationBytes, sizeOf });
    // The entry bound only backs up the byte bound.
    this.protectedEntries = createLruCache({ maxEntries: 100_000, maxBytes: limits.protectedBytes, sizeOf });
  }

  get(key: string): V | undefined {
    const hot = this.protectedEntries.get(key);
    if (hot) return hot;
    const value = this.probation.get(key);
    if (value) {
      this.probation.delete(key);
      this.protectedEntries.set(key, value);
    }
    return value;
  }

  /** Without counting as a use (nothing is promoted). */
  has(key: string): boolean {
    return this.protectedEntries.has(key) || this.probation.has(key);
  }

  set(key: string, value: V): void {
    if (!this.protectedEntries.get(key)) this.probation.set(key, value);
  }

  get size(): { probation: number; protected: number; protectedBytes: number } {
    return { probation: this.probation.size, protected: this.protectedEntries.size, protectedBytes: this.protectedEntries.bytes };
  }
}
