/**
 * Figure 2: cached pages. Requests per second of one cached page through the whole BFF (security headers,
 * host guard, logging, Server-Timing) divided by a bare Express 5 route returning the same JSON.
 */
import { runLoad } from '../lib/load';
import { StackChild } from '../lib/stack-parent';

const PATH = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';

export async function measureCacheHits(settings: { connections: number; seconds: number; rounds: number }) {
  const emulator = await StackChild.fork();
  const bff = await StackChild.fork();
  const bare = await StackChild.fork();
  try {
    const { endpoints } = await emulator.ask(
      { type: 'start-emulator', options: { qpsLimit: 1e9 } },
      'emulator-started',
    );
    const { url } = await bff.ask(
      {
        type: 'start-bff',
        endpoints,
        env: { CACHE_TTL_MS: '3600000', LOG_LEVEL: 'info' },
        unlimitedBudget: true,
      },
      'bff-started',
    );
    const json = await (await fetch(`${url}${PATH}`)).text();
    const { url: bareUrl } = await bare.ask({ type: 'start-bare', json }, 'bare-started');
    const load = (base: string) =>
      runLoad({
        url: `${base}${PATH}`,
        connections: settings.connections,
        durationSeconds: settings.seconds,
      });
    await load(url);
    await load(bareUrl);
    // Alternate the two, so drift in the machine's load falls on both.
    const cached: number[] = [];
    const baseline: number[] = [];
    let non2xx = 0;
    for (let round = 0; round < settings.rounds; round++) {
      const hit = await load(url);
      const plain = await load(bareUrl);
      cached.push(hit.requestsPerSecond);
      baseline.push(plain.requestsPerSecond);
      non2xx += hit.non2xx;
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const stats = await emulator.ask({ type: 'stats' }, 'stats');
    return {
      cachedRequestsPerSecond: Math.round(mean(cached)),
      bareExpressRequestsPerSecond: Math.round(mean(baseline)),
      ratio: mean(cached) / mean(baseline),
      non2xx,
      upstreamCalls: stats.stats.total,
    };
  } finally {
    await Promise.all([bff.close(), bare.close()]);
    await emulator.close();
  }
}
