import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error';
import { CallBudget } from './call-budget';

describe('the call budget, shared between clients', () => {
  it('when one client floods and another asks once, then the other is served at the next turn, not refused', async () => {
    const budget = new CallBudget(20, 1000);
    const started: string[] = [];
    // Settled at once: most of the flood is refused before anyone awaits it.
    const flood = Array.from({ length: 60 }, (_, i) =>
      budget
        .schedule('account', async () => started.push(`flood-${i}`), 'flooder')
        .then(
          () => undefined,
          (error: unknown) => error,
        ),
    );
    await flood[0];
    const startedBeforeJoining = started.length;
    await budget.schedule('account', async () => started.push('light'), 'light');
    // Round robin: at most one more of the flooder's calls starts before the light client's.
    expect(started.indexOf('light') - startedBeforeJoining).toBeLessThanOrEqual(1);
    const refused = (await Promise.all(flood)).filter((outcome) => outcome instanceof ApiError);
    expect(refused.length).toBeGreaterThan(30);
    for (const error of refused) {
      expect(error).toMatchObject({ status: 429, code: 'BudgetExhausted' });
      expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    await budget.close();
  });

  it('when three clients keep the queue busy, then their calls start in turns', async () => {
    const budget = new CallBudget(50, 2000);
    const started: string[] = [];
    // The first call starts at once; the rest wait for their turn.
    const first = budget.schedule('account', async () => started.push('-'), 'first');
    const calls = ['a', 'b', 'c'].flatMap((client) =>
      Array.from({ length: 4 }, () => budget.schedule('account', async () => started.push(client), client)),
    );
    await Promise.all([first, ...calls]);
    expect(started.join('')).toBe('-abcabcabcabc');
    await budget.close();
  });

  it('when calls of one client are spaced, then the budget still never starts two calls closer than 1/budget', async () => {
    const budget = new CallBudget(20, 2000);
    const starts: number[] = [];
    await Promise.all(
      ['a', 'b', 'a', 'c', 'b', 'a'].map((client) =>
        budget.schedule('account', async () => starts.push(performance.now()), client),
      ),
    );
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
    await budget.close();
  });
});
