/**
 * Doors under attack, 2: one client floods distinct pages (about 54 a second, each a new upstream call) while
 * another asks for a page every 0.5 s. The budget is shared by client, so the second must get at least 90 % of
 * its pages, while the account still never sees more than the budget.
 */
import { ALGORITHMS } from '@ice-console/shared/algorithms';
import { REGION_IDS } from '@ice-console/shared/regions';
import { describe, expect, it } from 'vitest';
import { startTestStack } from '../server/src/testing/test-stack';
import { type Answer, atRate, requestFrom } from './attack-clients';
import { recordFigure, SCALE } from './scale';

const BUDGET = 10;
const FLOOD_PER_SECOND = 54;

const page = (n: number, pageSize: number) =>
  `/api/libraries?region=${REGION_IDS[n % REGION_IDS.length]}&algorithm=${ALGORITHMS[Math.floor(n / 4) % ALGORITHMS.length]}` +
  `&pageNumber=${1 + Math.floor(n / 20)}&pageSize=${pageSize}`;

function tally(answers: Answer[]): Record<number, number> {
  const statuses: Record<number, number> = {};
  for (const { status } of answers) statuses[status] = (statuses[status] ?? 0) + 1;
  return statuses;
}

describe('doors under attack: a flood and a legitimate client', () => {
  it('when one client floods distinct pages, then a client asking every 0.5 s gets at least 90 % of its pages', async () => {
    const stack = await startTestStack({
      env: { ICE_QPS_BUDGET: String(BUDGET), ICE_QUEUE_MAX_WAIT_MS: '2000' },
    });
    try {
      const flood: Array<Promise<Answer>> = [];
      const legit: Array<Promise<Answer>> = [];
      // Different page sizes: the two clients never share a cached page.
      await Promise.all([
        atRate(FLOOD_PER_SECOND, SCALE.floodSeconds, (i) =>
          flood.push(requestFrom('127.0.0.2', `${stack.url}${page(i, 10)}`)),
        ),
        atRate(2, SCALE.floodSeconds, (i) =>
          legit.push(requestFrom('127.0.0.3', `${stack.url}${page(i, 20)}`)),
        ),
      ]);
      const [floodAnswers, legitAnswers] = [await Promise.all(flood), await Promise.all(legit)];
      const legitServed = legitAnswers.filter((answer) => answer.status === 200).length;
      const stats = stack.emulator.stats();
      const successRate = legitServed / legitAnswers.length;
      recordFigure('doors-under-attack: fair share', {
        seconds: SCALE.floodSeconds,
        budget: BUDGET,
        flood: { perSecond: FLOOD_PER_SECOND, requests: floodAnswers.length, statuses: tally(floodAnswers) },
        legitimate: {
          requests: legitAnswers.length,
          statuses: tally(legitAnswers),
          successRate: Math.round(successRate * 1000) / 10,
          slowestMs: Math.round(Math.max(...legitAnswers.map((answer) => answer.ms))),
        },
        upstreamPeakPerSecond: stats.peakCallsPerSecond,
        upstreamThrottled: stats.byCode['Throttling.User'] ?? 0,
      });
      expect(successRate).toBeGreaterThanOrEqual(0.9);
      for (const { status } of [...floodAnswers, ...legitAnswers]) expect([200, 429]).toContain(status);
      expect(stats.peakCallsPerSecond).toBeLessThanOrEqual(BUDGET);
      expect(stats.byCode['Throttling.User']).toBeUndefined();
    } finally {
      await stack.close();
    }
  });
});
