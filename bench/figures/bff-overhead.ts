/**
 * Figure 1: the BFF's cost on a cache miss. Requests per second through the BFF (cache off, budget and service
 * limit lifted) divided by the same calls made directly with the SDK, same concurrency, same emulator. Two more
 * rows explain it: a bare Express route making the same SDK call (the least any BFF costs), and CPU per request.
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

/** Requests per second and CPU microseconds per request of one HTTP server child under autocannon. */
async function loadChild(
  child: StackChild,
  url: string,
  connections: number,
  seconds: number,
  overheads?: number[],
) {
  const before = await child.ask({ type: 'cpu' }, 'cpu');
  const result = await runLoad({
    url,
    pathFor,
    connections,
    durationSeconds: seconds,
    ...(overheads
      ? {
          onResponse: (_status: number, headers: Record<string, unknown>) => {
            const timing = String(headers['server-timing'] ?? '');
            const upstream = /upstream;dur=([\d.]+)/.exec(timing)?.[1];
            const total = /total;dur=([\d.]+)/.exec(timing)?.[1];
            if (upstream !== undefined && total !== undefined)
              overheads.push(Number(total) - Number(upstream));
          },
        }
      : {}),
  });
  const after = await child.ask({ type: 'cpu' }, 'cpu');
  return {
    requestsPerSecond: result.requestsPerSecond,
    cpuMicrosecondsPerRequest: (after.microseconds - before.microseconds) / Math.max(1, result.requests),
    non2xx: result.non2xx + result.errors,
  };
}

export async function measureBffOverhead(settings: {
  connections: number;
  seconds: number;
  latencyMs?: number;
}) {
  const emulator = await StackChild.fork();
  const bff = await StackChild.fork();
  const proxy = await StackChild.fork();
  try {
    const { endpoints } = await emulator.ask(
      { type: 'start-emulator', options: { qpsLimit: 1e9, latencyMs: settings.latencyMs ?? 0 } },
      'emulator-started',
    );
    const { url } = await bff.ask(
      { type: 'start-bff', endpoints, env: { CACHE_TTL_MS: '0', LOG_LEVEL: 'info' }, unlimitedBudget: true },
      'bff-started',
    );
    const { url: proxyUrl } = await proxy.ask({ type: 'start-bare-proxy', endpoints }, 'bare-started');
    const { connections, seconds } = settings;
    const direct = (durationSeconds: number) =>
      runDirectSdkLoad({
        endpoints: endpoints as Record<Region, string>,
        concurrency: connections,
        durationSeconds,
        pageFor,
      });
    await loadChild(bff, url, connections, 1);
    await loadChild(proxy, proxyUrl, connections, 1);
    await direct(1);

    const overheads: number[] = [];
    const through = await loadChild(bff, url, connections, seconds, overheads);
    const sdk = await direct(seconds);
    const bare = await loadChild(proxy, proxyUrl, connections, seconds);
    const stats = await emulator.ask({ type: 'stats' }, 'stats');
    return {
      connections,
      latencyMs: settings.latencyMs ?? 0,
      bffRequestsPerSecond: Math.round(through.requestsPerSecond),
      sdkRequestsPerSecond: Math.round(sdk.requestsPerSecond),
      bareProxyRequestsPerSecond: Math.round(bare.requestsPerSecond),
      ratio: through.requestsPerSecond / sdk.requestsPerSecond,
      bareProxyRatio: bare.requestsPerSecond / sdk.requestsPerSecond,
      // CPU per request holds when other work shares the machine.
      bffCpuMicrosecondsPerRequest: Math.round(through.cpuMicrosecondsPerRequest),
      bareProxyCpuMicrosecondsPerRequest: Math.round(bare.cpuMicrosecondsPerRequest),
      sdkCpuMicrosecondsPerCall: Math.round(sdk.cpuMicrosecondsPerCall),
      overheadP50Ms: median(overheads),
      failures: through.non2xx + bare.non2xx + sdk.failures,
      emulatorThrottled: stats.stats.byCode['Throttling.User'] ?? 0,
    };
  } finally {
    await Promise.all([bff.close(), proxy.close()]);
    await emulator.close();
  }
}
