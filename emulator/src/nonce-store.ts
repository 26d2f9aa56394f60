/**
 * Nonces seen in the last 15 minutes. Bounded: the oldest are forgotten first, by age and, under a flood, by count.
 */
export class NonceStore {
  // A Map keeps insertion order, which is also expiry order, so the oldest entries are always first.
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  /** True when the nonce is new (and is now remembered); false when it was used within the window. */
  remember(nonce: string, now: number): boolean {
    for (const [old, expiresAt] of this.seen) {
      if (expiresAt > now && this.seen.size < this.maxEntries) break;
      this.seen.delete(old);
    }
    const expiresAt = this.seen.get(nonce);
    if (expiresAt !== undefined && expiresAt > now) return false;
    this.seen.set(nonce, now + this.ttlMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
