/**
 * Figure 6 (and the reliability suite's load test): 200 concurrent clients on mixed pages and algorithms against
 * the BFF with its real budget. Every request must be answered (200, or 429 with Retry-After); the emulator must
 * never see more than the budget per second nor answer Throttling.User; the BFF's memory must stay flat.
 */
import { ALGORITHMS } from '@ice-console/shared/algorithms';
import { REGION_IDS } from '@ice-console/shared/regions';
import { runLoad } from '../lib/load';
import { ProductionServer } from '../lib/production-server';
import { StackChild } from '../lib/stack-parent';

export async function measureLoad(settings: {
  connections: number;
  seconds: number;
  rounds: number;
  budget: number;
}) {
  const emulator = await StackChild.fork();
  const { endpoints } = await emulator.ask({ type: 'start-emulator', options: {} }, 'emulator-started');
  const bff = await ProductionServer.start(endpoints, { ICE_QPS_BUDGET: String(settings.budget) });
  const url = bff.url;
  try {
    const pathFor = (n: number) => {
      const region = REGION_IDS[n % REGION_IDS.length];
      const algorithm = ALGORITHMS[Math.floor(n / 4) % ALGORITHMS.length];
      const pageNumber = 1 + (Math.floor(n / 20) % 30);
      return `/api/libraries?region=${region}&algorithm=${algorithm}&pageNumber=${pageNumber}&pageSize=10`;
    };
    const rounds = [];
    let missingRetryAfter = 0;
    const statuses: Record<number, number> = {};
    const before = bff.memoryMb();
    for (let round = 0; round < settings.rounds; round++) {
      const result = await runLoad({
        url,
        pathFor,
        connections: settings.connections,
        durationSeconds: settings.seconds,
        onResponse: (status, headers) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 429 && headers['retry-after'] === undefined) missingRetryAfter++;
        },
      });
      rounds.push({ ...result, rssAfterMb: bff.memoryMb().rss });
    }
    const { peak } = bff.memoryMb();
    const { stats } = await emulator.ask({ type: 'stats' }, 'stats');
    return {
      rounds,
      rssBeforeMb: before.rss,
      peakRssMb: peak,
      missingRetryAfter,
      statuses,
      upstreamCalls: stats.total,
      upstreamPeakPerSecond: stats.peakCallsPerSecond,
      upstreamThrottled: stats.byCode['Throttling.User'] ?? 0,
    };
  } finally {
    await bff.stop();
    await emulator.close();
  }
}
