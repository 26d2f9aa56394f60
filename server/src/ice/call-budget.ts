/**
 * The account's QPS budget, one per credential identity, shared fairly between the clients using it (a session,
 * or a client address without sign-in). Calls start at least 1/budget seconds apart (with a margin for network
 * jitter), so no sliding second at the service ever sees more than the budget. Each client waits in its own
 * queue and the queues take turns (client-turns.ts), so one noisy tab or script cannot starve everyone else. The
 * wait is bounded: past it, or when the queue is full, a caller gets a 429 with Retry-After, not a late call.
 */
import { ApiError } from '../api-error';
import { ClientTurns } from './client-turns';

/** Spacing 10% wider than 1/budget: two calls' network delays may differ, and the service counts arrivals. */
const JITTER_MARGIN = 1.1;

const budgetExhausted = (retryAfterSeconds: number) =>
  new ApiError(
    429,
    'BudgetExhausted',
    "The dashboard is holding back to protect your account's 50 calls per second; try again shortly.",
    { retryable: true, retryAfterSeconds: Math.max(1, retryAfterSeconds) },
  );

interface Waiter {
  client: string;
  joinedAt: number;
  start: () => void;
  refuse: (error: ApiError) => void;
  expiry: NodeJS.Timeout | undefined;
}

/** One identity's calls. */
interface Lane {
  turns: ClientTurns<Waiter>;
  lastStartAt: number;
  timer: NodeJS.Timeout | undefined;
}

export class CallBudget {
  private readonly lanes = new Map<string, Lane>();
  readonly spacingMs: number;
  readonly maxQueued: number;

  constructor(
    callsPerSecond: number,
    private readonly maxWaitMs: number,
  ) {
    this.spacingMs = Math.ceil((1000 / callsPerSecond) * JITTER_MARGIN);
    this.maxQueued = Math.max(1, Math.floor(maxWaitMs / this.spacingMs));
  }

  /** Runs `call` for `client` when the identity's budget and the turns allow, or throws a 429 ApiError. */
  schedule<T>(identity: string, call: () => Promise<T>, client: string): Promise<T> {
    // Only benchmarks lift the budget (Infinity): configuration caps it at the service's 50.
    if (this.spacingMs === 0) return call();
    let lane = this.lanes.get(identity);
    if (!lane) {
      lane = { turns: new ClientTurns(), lastStartAt: Number.NEGATIVE_INFINITY, timer: undefined };
      this.lanes.set(identity, lane);
    }
    const joined = lane;
    return new Promise<T>((resolve, reject) => {
      // Started from the pump itself, so the spacing holds between actual starts, not between wake-ups.
      const start = () => {
        try {
          call().then(resolve, reject);
        } catch (error) {
          reject(error);
        }
      };
      this.join(joined, { client, joinedAt: performance.now(), start, refuse: reject, expiry: undefined });
    });
  }

  private join(lane: Lane, waiter: Waiter): void {
    if (lane.turns.size >= this.maxQueued && !this.makeRoomFor(lane, waiter.client)) {
      waiter.refuse(budgetExhausted(Math.ceil((lane.turns.size * this.spacingMs) / 1000)));
      return;
    }
    // A waiter whose turn has not come within the bound gets its 429 then, not a call that outlives its deadline.
    waiter.expiry = setTimeout(() => {
      if (lane.turns.remove(waiter)) waiter.refuse(budgetExhausted(1));
    }, this.maxWaitMs + this.spacingMs);
    lane.turns.push(waiter);
    this.pump(lane);
  }

  /** With the queue full, a client with fewer calls waiting than the busiest one takes that one's newest place. */
  private makeRoomFor(lane: Lane, client: string): boolean {
    const busiest = lane.turns.newestOfBusiest();
    if (!busiest || busiest.waiting <= lane.turns.waitingFor(client) + 1) return false;
    lane.turns.remove(busiest.item);
    clearTimeout(busiest.item.expiry);
    busiest.item.refuse(budgetExhausted(Math.ceil((busiest.waiting * this.spacingMs) / 1000)));
    return true;
  }

  /** Starts the next client's call when the spacing since the last actual start allows, then waits for the next. */
  private pump(lane: Lane): void {
    if (lane.timer !== undefined) return;
    for (let waiter = lane.turns.peek(); waiter !== undefined; waiter = lane.turns.peek()) {
      const dueInMs = lane.lastStartAt + this.spacingMs - performance.now();
      if (dueInMs > 0) {
        lane.timer = setTimeout(() => {
          lane.timer = undefined;
          this.pump(lane);
        }, Math.ceil(dueInMs));
        return;
      }
      lane.turns.take(waiter);
      clearTimeout(waiter.expiry);
      // An event-loop stall can outlast a waiter's own timer; such a caller gets its 429 and the slot passes on.
      if (performance.now() - waiter.joinedAt > this.maxWaitMs + this.spacingMs) {
        waiter.refuse(budgetExhausted(1));
        continue;
      }
      lane.lastStartAt = performance.now();
      waiter.start();
    }
  }

  async close(): Promise<void> {
    for (const lane of this.lanes.values()) {
      clearTimeout(lane.timer);
      for (const waiter of lane.turns.all()) {
        lane.turns.remove(waiter);
        clearTimeout(waiter.expiry);
        waiter.refuse(budgetExhausted(1));
      }
    }
    this.lanes.clear();
  }
}
