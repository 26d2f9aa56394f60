/**
 * The service's per-account QPS limit: at most `limit` calls in any one-second sliding window.
 * It also remembers the busiest second it saw, so tests can prove a client never came close.
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
  tryAcquire(account: string, now: number): boolean {
    let times = this.calls.get(account);
    if (!times) {
      times = [];
      this.calls.set(account, times);
    }
    let expired = 0;
    while (expired < times.length && (times[expired] ?? 0) <= now - WINDOW_MS) expired++;
    if (expired > 0) times.splice(0, expired);
    if (times.length >= this.limit) return false;
    times.push(now);
    this.peaks.set(account, Math.max(this.peaks.get(account) ?? 0, times.length));
    return true;
  }

  /** The most calls any account made within one sliding second. */
  peak(): number {
    return Math.max(0, ...this.peaks.values());
  }

  resetPeak(): void {
    this.peaks.clear();
  }
}
