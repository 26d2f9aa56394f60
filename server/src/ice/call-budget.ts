/**
 * The account's QPS budget, one per credential identity. Calls start at least 1/budget seconds apart (with a
 * margin for network jitter), so no sliding second at the service ever sees more than the budget. Callers over
 * budget wait in a bounded queue; when it is full they are refused at once with a 429.
 */
import Bottleneck from 'bottleneck';
import { ApiError } from '../api-error';

/** Spacing 10% wider than 1/budget: two calls' network delays may differ, and the service counts arrivals. */
const JITTER_MARGIN = 1.1;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const budgetExhausted = (retryAfterSeconds: number) =>
  new ApiError(
    429,
    'BudgetExhausted',
    "The dashboard is holding back to protect your account's 50 calls per second; try again shortly.",
    { retryable: true, retryAfterSeconds: Math.max(1, retryAfterSeconds) },
  );

export class CallBudget {
  private readonly group: Bottleneck.Group;
  private readonly lastStartAt = new Map<string, number>();
  /** Calls per identity from joining the queue to their actual start, wherever they wait. */
  private readonly waiting = new Map<string, number>();
  readonly spacingMs: number;
  readonly maxQueued: number;

  constructor(
    callsPerSecond: number,
    private readonly maxWaitMs: number,
  ) {
    this.spacingMs = Math.ceil((1000 / callsPerSecond) * JITTER_MARGIN);
    this.maxQueued = Math.max(1, Math.floor(maxWaitMs / this.spacingMs));
    this.group = new Bottleneck.Group({ minTime: this.spacingMs });
  }

  /** Runs `call` when the identity's budget allows, or throws a 429 ApiError when the queue is full. */
  async schedule<T>(identity: string, call: () => Promise<T>): Promise<T> {
    // Only benchmarks lift the budget (Infinity): configuration caps it at the service's 50.
    if (this.spacingMs === 0) return call();
    const queued = this.waiting.get(identity) ?? 0;
    if (queued >= this.maxQueued) throw budgetExhausted(Math.ceil((queued * this.spacingMs) / 1000));
    this.waiting.set(identity, queued + 1);
    const joinedAt = performance.now();
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      this.waiting.set(identity, (this.waiting.get(identity) ?? 1) - 1);
    };
    try {
      return await this.group.key(identity).schedule(async () => {
        // Bottleneck plans start times; when the event loop lags, a job can fire late and the next one on
        // time, closer than the spacing. Hold each call until the spacing has passed since the last actual start.
        for (;;) {
          const since = performance.now() - (this.lastStartAt.get(identity) ?? Number.NEGATIVE_INFINITY);
          if (since >= this.spacingMs) break;
          await sleep(this.spacingMs - since);
        }
        leave();
        // Under a flood the wait can outgrow its bound; such a caller gets its 429 now, and the slot goes unused.
        if (performance.now() - joinedAt > this.maxWaitMs + this.spacingMs) throw budgetExhausted(1);
        this.lastStartAt.set(identity, performance.now());
        return call();
      });
    } finally {
      leave();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.group.limiters().map(({ limiter }) => limiter.stop({ dropWaitingJobs: true })));
  }
}
