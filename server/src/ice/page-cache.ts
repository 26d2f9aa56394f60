/**
 * Successful pages, cached for a short time and bounded in entries and bytes; identical requests in flight
 * share one upstream call. A write drops the pages it may have changed (`deleteWhere`).
 */
import { LRUCache } from 'lru-cache';

export interface CacheLimits {
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
}

export class PageCache<T extends {}> {
  private readonly cache: LRUCache<string, T> | undefined;
  private readonly inFlight = new Map<string, { promise: Promise<T>; dropped: boolean }>();

  /** `sizeOf` is what one page counts against `maxBytes`. */
  constructor(limits: CacheLimits, sizeOf: (value: T) => number) {
    // A TTL of 0 turns caching off; coalescing stays.
    this.cache =
      limits.ttlMs > 0
        ? new LRUCache<string, T>({
            max: limits.maxEntries,
            maxSize: limits.maxBytes,
            sizeCalculation: (value) => Math.max(1, sizeOf(value)),
            ttl: limits.ttlMs,
          })
        : undefined;
  }

  get(key: string): T | undefined {
    return this.cache?.get(key);
  }

  /** Joins the call in flight for `key`, or starts `load` and caches what it returns. */
  async load(key: string, load: () => Promise<T>): Promise<{ value: T; shared: boolean }> {
    const running = this.inFlight.get(key);
    if (running) return { value: await running.promise, shared: true };
    const flight = { promise: load(), dropped: false };
    this.inFlight.set(key, flight);
    try {
      const value = await flight.promise;
      // A page read while a write went out may predate it: answer it, but do not keep it.
      if (!flight.dropped) this.cache?.set(key, value);
      return { value, shared: false };
    } finally {
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
    }
  }

  /** Drops the cached pages whose keys match, and keeps reads in flight for them from being cached or joined. */
  deleteWhere(matches: (key: string) => boolean): number {
    let dropped = 0;
    for (const key of [...(this.cache?.keys() ?? [])]) {
      if (matches(key) && this.cache?.delete(key)) dropped++;
    }
    for (const [key, flight] of this.inFlight) {
      if (!matches(key)) continue;
      flight.dropped = true;
      this.inFlight.delete(key);
    }
    return dropped;
  }

  get size(): number {
    return this.cache?.size ?? 0;
  }
}
