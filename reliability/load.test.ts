/**
 * 200 concurrent clients on mixed pages and algorithms: every request answered (200, or 429 with Retry-After),
 * no 5xx, the emulator never sees more than the budget per second nor answers Throttling.User, memory flat.
 */
import { describe, expect, it } from 'vitest';
import { measureLoad } from '../bench/figures/memory-under-load';
import { recordFigure, SCALE } from './scale';

const BUDGET = 10;

describe('load', () => {
  it('when 200 clients hammer the BFF, then every request is answered and the account is never over budget', async () => {
    const result = await measureLoad({
      connections: 200,
      seconds: SCALE.loadSeconds,
      rounds: SCALE.loadRounds,
      budget: BUDGET,
    });
    const requests = result.rounds.reduce((sum, round) => sum + round.requests, 0);
    const rss = result.rounds.map((round) => Math.round(round.rssAfterMb));
    recordFigure('load', {
      connections: 200,
      seconds: SCALE.loadSeconds,
      rounds: SCALE.loadRounds,
      requests,
      statuses: result.statuses,
      errors: result.rounds.reduce((sum, round) => sum + round.errors + round.timeouts, 0),
      upstreamCalls: result.upstreamCalls,
      upstreamPeakPerSecond: result.upstreamPeakPerSecond,
      budget: BUDGET,
      upstreamThrottled: result.upstreamThrottled,
      peakRssMb: Math.round(result.peakRssMb),
      rssBeforeMb: Math.round(result.rssBeforeMb),
      rssAfterEachRoundMb: rss,
    });
    expect(Object.keys(result.statuses).sort()).toEqual(expect.arrayContaining(['200']));
    for (const status of Object.keys(result.statuses)) expect(['200', '429']).toContain(status);
    expect(result.missingRetryAfter).toBe(0);
    for (const round of result.rounds) expect(round.errors + round.timeouts).toBe(0);
    expect(result.upstreamPeakPerSecond).toBeLessThanOrEqual(BUDGET);
    expect(result.upstreamThrottled).toBe(0);
    // Flat: after the first round (caches and pools warm), resident memory does not keep growing.
    const [first = 0, ...rest] = rss;
    for (const after of rest) expect(after).toBeLessThan(first + 15);
  }, 200_000);
});
