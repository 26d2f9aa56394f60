/**
 * Figure 2: cached pages. Requests per second of one cached page through the whole BFF (host guard, security
 * headers, session check, validation, the request log, Server-Timing) divided by a bare Express 5 route sending
 * the same JSON, with CPU microseconds per request of each, in the same run. Also reported: the same page to a
 * client that accepts gzip (as browsers do), and a browser's revalidation of the page it holds (304).
 */
import { alternate, loadChild, summary } from '../lib/load-child';
import { StackChild } from '../lib/stack-parent';

export const LIBRARIES_PAGE = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';

/** What a browser sends with every fetch; the bare route ignores it. */
const BROWSER_ACCEPT_ENCODING = { 'accept-encoding': 'gzip, deflate, br, zstd' };

export async function measureCacheHits(settings: {
  path: string;
  connections: number;
  seconds: number;
  rounds: number;
}) {
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
    const first = await fetch(`${url}${settings.path}`, { headers: { 'accept-encoding': 'identity' } });
    if (!first.ok) throw new Error(`${settings.path} answered ${first.status}`);
    const json = await first.text();
    // The validator a browser holds: that of the representation it was sent (the gzip, for a large page).
    const held = await fetch(`${url}${settings.path}`, { headers: BROWSER_ACCEPT_ENCODING });
    const etag = held.headers.get('etag') ?? '';
    const { url: bareUrl } = await bare.ask(
      { type: 'start-bare', path: settings.path, json },
      'bare-started',
    );

    const { connections, seconds } = settings;
    const load = (child: StackChild, base: string, headers: Record<string, string> = {}) =>
      loadChild(child, { url: `${base}${settings.path}`, connections, durationSeconds: seconds, headers });
    // Warm-up as long as a round, so the JIT has settled on both before anything counts.
    await load(bff, url);
    await load(bare, bareUrl);
    const rounds = await alternate(
      settings.rounds,
      () => load(bff, url),
      () => load(bare, bareUrl),
    );
    const gzip = await load(bff, url, BROWSER_ACCEPT_ENCODING);
    const revalidated = await load(bff, url, { ...BROWSER_ACCEPT_ENCODING, 'if-none-match': etag });
    const stats = await emulator.ask({ type: 'stats' }, 'stats');
    const cached = summary(rounds.a);
    const plain = summary(rounds.b);
    return {
      path: settings.path,
      bytes: Buffer.byteLength(json),
      cached,
      bare: plain,
      ratio: cached.requestsPerSecond / plain.requestsPerSecond,
      gzip: summary([gzip]),
      revalidated: { ...summary([revalidated]), statusCounts: revalidated.statusCounts },
      upstreamCalls: stats.stats.total,
    };
  } finally {
    await Promise.all([bff.close(), bare.close()]);
    await emulator.close();
  }
}
