/**
 * Figure 1: the BFF's cost on a cache miss. Requests per second through the BFF (cache off, budget and service
 * limit lifted) divided by a bare Express route making the same SDK call (the floor: what any BFF costs), in
 * alternate rounds, with CPU per request of each. Reported beside it: the same calls made directly with the SDK,
 * and Server-Timing's `total − upstream`. The entities and samples pages are measured the same way.
 */
import type { Region } from '@ice-console/shared/regions';
import { runDirectSdkLoad } from '../lib/direct-sdk-load';
import { median } from '../lib/load';
import { alternate, loadChild, summary } from '../lib/load-child';
import { StackChild } from '../lib/stack-parent';

// cn-beijing/object has 1,234 libraries: 124 pages, so concurrent requests differ and nothing is coalesced.
const LIBRARY_PAGES = 124;
export const libraryPageFor = (n: number) => 1 + (n % LIBRARY_PAGES);
export const libraryPathFor = (n: number) =>
  `/api/libraries?region=cn-beijing&algorithm=object&pageNumber=${libraryPageFor(n)}&pageSize=10`;

/** Server-Timing's `total − upstream` of each response, in ms: the BFF's own time on a miss. */
function overheadsInto(overheads: number[]) {
  return (_status: number, headers: Record<string, unknown>) => {
    const timing = String(headers['server-timing'] ?? '');
    const upstream = /upstream;dur=([\d.]+)/.exec(timing)?.[1];
    const total = /total;dur=([\d.]+)/.exec(timing)?.[1];
    if (upstream !== undefined && total !== undefined) overheads.push(Number(total) - Number(upstream));
  };
}

export async function measureBffOverhead(settings: {
  connections: number;
  seconds: number;
  rounds: number;
  latencyMs?: number;
  /** The page of each request (distinct pages at once, so nothing is coalesced); the libraries by default. */
  pathFor?: (n: number) => string;
  /** Also load the same calls made directly with the SDK (libraries only). */
  directSdk?: boolean;
}) {
  const pathFor = settings.pathFor ?? libraryPathFor;
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
    let counter = 0;
    const load = (child: StackChild, base: string, time = seconds, overheads?: number[]) =>
      loadChild(child, {
        url: base,
        pathFor: () => pathFor(counter++),
        connections,
        durationSeconds: time,
        ...(overheads ? { onResponse: overheadsInto(overheads) } : {}),
      });
    const direct = (durationSeconds: number) =>
      runDirectSdkLoad({
        endpoints: endpoints as Record<Region, string>,
        concurrency: connections,
        durationSeconds,
        pageFor: libraryPageFor,
      });
    // Warm-up as long as a round: the SDK's path through the BFF is long, and the JIT needs time for it.
    await load(bff, url);
    await load(proxy, proxyUrl);
    if (settings.directSdk) await direct(seconds);

    // The compared rounds load both servers alike: reading each response's Server-Timing costs the load generator,
    // which shares the machine's two cores with the servers, so it is done in a round of its own afterwards.
    const rounds = await alternate(
      settings.rounds,
      () => load(bff, url),
      () => load(proxy, proxyUrl),
    );
    const overheads: number[] = [];
    await load(bff, url, seconds, overheads);
    const sdk = settings.directSdk ? await direct(seconds) : undefined;
    const stats = await emulator.ask({ type: 'stats' }, 'stats');
    const through = summary(rounds.a);
    const bare = summary(rounds.b);
    return {
      connections,
      latencyMs: settings.latencyMs ?? 0,
      bff: through,
      bareProxy: bare,
      /** The floor: BFF ÷ a bare Express route making the same SDK call. */
      ratio: through.requestsPerSecond / bare.requestsPerSecond,
      ...(sdk
        ? {
            sdk,
            sdkRatio: through.requestsPerSecond / sdk.requestsPerSecond,
            bareProxySdkRatio: bare.requestsPerSecond / sdk.requestsPerSecond,
          }
        : {}),
      overheadP50Ms: median(overheads),
      failures: through.non2xx + through.failures + bare.non2xx + bare.failures + (sdk?.failures ?? 0),
      emulatorThrottled: stats.stats.byCode['Throttling.User'] ?? 0,
      upstreamCalls: stats.stats.total,
    };
  } finally {
    await Promise.all([bff.close(), proxy.close()]);
    await emulator.close();
  }
}
