/**
 * Sign-in attempts beyond the free ones are slowed down, not refused: each waits its turn, one per step, so
 * guessing stays slow while the owner of the right token, who shares an address with a guesser (or was merely
 * clumsy), gets in after a short delay instead of a minute-long lock-out. A client with several attempts already
 * waiting is refused at once, so a flood holds neither memory nor time.
 */
import { LRUCache } from 'lru-cache';
import { ApiError } from '../api-error';

/** `checked`: the token was looked at and is wrong (the answer names the field); otherwise it was not looked at. */
export const tooManySignInAttempts = (retryAfterSeconds: number, checked = false) =>
  new ApiError(429, 'TooManySignInAttempts', 'Too many sign-in attempts; wait and try again.', {
    retryable: true,
    retryAfterSeconds: Math.max(1, retryAfterSeconds),
    ...(checked ? { field: 'token' } : {}),
  });

interface Lane {
  /** When the last attempt that joined may go ahead (performance.now() time). */
  nextAt: number;
  waiting: number;
}

export class SignInSlowLane {
  private readonly lanes = new LRUCache<string, Lane>({ max: 10_000, ttl: 60_000 });

  constructor(
    readonly stepMs: number,
    private readonly maxWaiting: number,
  ) {}

  /** Resolves when this client's next attempt may be checked; throws a 429 when too many already wait. */
  async wait(client: string): Promise<void> {
    const now = performance.now();
    const lane = this.lanes.get(client) ?? { nextAt: now, waiting: 0 };
    if (lane.waiting >= this.maxWaiting) throw tooManySignInAttempts(Math.ceil((lane.nextAt - now) / 1000));
    lane.nextAt = Math.max(now, lane.nextAt) + this.stepMs;
    lane.waiting++;
    this.lanes.set(client, lane);
    try {
      await new Promise((resolve) => setTimeout(resolve, lane.nextAt - now));
    } finally {
      lane.waiting--;
    }
  }
}
