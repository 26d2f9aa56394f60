/**
 * Figure 1: the BFF's cost on a cache miss. Requests per second through the BFF (cache off, budget and service
 * limit lifted) divided by the same calls made directly with the SDK, same concurrency, same emulator.
 */
import type { Region } from '@ice-console/shared/regions';
import { runDirectSdkLoad } from '../lib/direct-sdk-load';
import { median, runLoad } from '../lib/load';
import { StackChild } from '../lib/stack-parent';

// cn-beijing/object has 1,234 libraries: 124 pages, so concurrent requests differ and nothing is coalesced.
const PAGES = 124;
const pageFor = (n: number) => 1 + (n % PAGES);
const pathFor = (n: number) =>
  `/api/libraries?region=cn-beijing&algorithm=object&pageNumber=${pageFor(n)}&pageSize=10`;

export async function measureBffOverhead(settings: { connections: number; seconds: number }) {
  const emulator = await StackChild.fork();
  const bff = await StackChild.fork();
  try {
    const { endpoints } = await emulator.ask(
      { type: 'start-emulator', options: { qpsLimit: 1e9 } },
      'emulator-started',
    );
    const { url } = await bff.ask(
      { type: 'start-bff', endpoints, env: { CACHE_TTL_MS: '0', LOG_LEVEL: 'info' }, unlimitedBudget: true },
      'bff-started',
    );
    const warm = { connections: settings.connections, durationSeconds: 1 };
    await runLoad({ url, pathFor, ...warm });
    await runDirectSdkLoad({
      endpoints: endpoints as Record<Region, string>,
      concurrency: settings.connections,
      durationSeconds: 1,
      pageFor,
    });

    const overheads: number[] = [];
    const onResponse = (_status: number, headers: Record<string, unknown>) => {
      const timing = String(headers['server-timing'] ?? '');
      const upstream = /upstream;dur=([\d.]+)/.exec(timing)?.[1];
      const total = /total;dur=([\d.]+)/.exec(timing)?.[1];
      if (upstream !== undefined && total !== undefined) overheads.push(Number(total) - Number(upstream));
    };
    const cpuBefore = await bff.ask({ type: 'cpu' }, 'cpu');
    const through = await runLoad({
      url,
      pathFor,
      onResponse,
      connections: settings.connections,
      durationSeconds: settings.seconds,
    });
    const cpuAfter = await bff.ask({ type: 'cpu' }, 'cpu');
    const bffCpuPerRequest = (cpuAfter.microseconds - cpuBefore.microseconds) / Math.max(1, through.requests);
    const direct = await runDirectSdkLoad({
      endpoints: endpoints as Record<Region, string>,
      concurrency: settings.connections,
      durationSeconds: settings.seconds,
      pageFor,
    });
    const stats = await emulator.ask({ type: 'stats' }, 'stats');
    return {
      bffRequestsPerSecond: Math.round(through.requestsPerSecond),
      sdkRequestsPerSecond: Math.round(direct.requestsPerSecond),
      ratio: through.requestsPerSecond / direct.requestsPerSecond,
      // CPU per call holds when other work shares the machine: the ratio a CPU-bound run would reach.
      bffCpuMicrosecondsPerRequest: Math.round(bffCpuPerRequest),
      sdkCpuMicrosecondsPerCall: Math.round(direct.cpuMicrosecondsPerCall),
      cpuRatio: direct.cpuMicrosecondsPerCall / bffCpuPerRequest,
      overheadP50Ms: median(overheads),
      bffNon2xx: through.non2xx,
      sdkFailures: direct.failures,
      emulatorThrottled: stats.stats.byCode['Throttling.User'] ?? 0,
    };
  } finally {
    await bff.close();
    await emulator.close();
  }
}
