/**
 * Successful pages, cached for a short time and bounded in entries and bytes; identical requests in flight
 * share one upstream call.
 */
import { LRUCache } from 'lru-cache';

export interface CacheLimits {
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
}

export class PageCache<T extends { json: string }> {
  private readonly cache: LRUCache<string, T> | undefined;
  private readonly inFlight = new Map<string, Promise<T>>();

  constructor(limits: CacheLimits) {
    // A TTL of 0 turns caching off; coalescing stays.
    this.cache =
      limits.ttlMs > 0
        ? new LRUCache<string, T>({
            max: limits.maxEntries,
            maxSize: limits.maxBytes,
            sizeCalculation: (value) => Math.max(1, value.json.length * 2),
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
    if (running) return { value: await running, shared: true };
    const promise = load().then((value) => {
      this.cache?.set(key, value);
      return value;
    });
    this.inFlight.set(key, promise);
    try {
      return { value: await promise, shared: false };
    } finally {
      this.inFlight.delete(key);
    }
  }

  get size(): number {
    return this.cache?.size ?? 0;
  }
}
