/**
 * The service's QPS limits: at most `limit` calls per key in any one-second sliding window. The emulator keys one
 * window by account and action (the limit) and one by account alone (only measured). Each remembers the busiest
 * second it saw per key, so tests can prove a client never came close.
 */
const WINDOW_MS = 1000;

export class SlidingWindow {
  private readonly calls = new Map<string, number[]>();
  private readonly peaks = new Map<string, number>();

  constructor(private limit: number) {}

  setLimit(limit: number): void {
    this.limit = limit;
  }

  /** Records a call and returns true, or returns false (nothing recorded) when the window is full. */
  tryAcquire(key: string, now: number): boolean {
    let times = this.calls.get(key);
    if (!times) {
      times = [];
      this.calls.set(key, times);
    }
    let expired = 0;
    while (expired < times.length && (times[expired] ?? 0) <= now - WINDOW_MS) expired++;
    if (expired > 0) times.splice(0, expired);
    if (times.length >= this.limit) return false;
    times.push(now);
    if (times.length > (this.peaks.get(key) ?? 0)) this.peaks.set(key, times.length);
    return true;
  }

  /** The most calls any key made within one sliding second. */
  peak(): number {
    return Math.max(0, ...this.peaks.values());
  }

  /** The busiest second per key. */
  peaksByKey(): ReadonlyMap<string, number> {
    return this.peaks;
  }

  resetPeak(): void {
    this.peaks.clear();
  }
}
