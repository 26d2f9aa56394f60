/**
 * Figure 7: the full export, through the production build (what `npm start` runs) against an emulator in another
 * process. Its time for the 1,234-library demo view at the default budget (10 calls a second), with the calls it
 * took, and its throughput against the physical limit: pages after the first per second (each waits its turn)
 * over the calls per second the budget lets through (1000 / its spacing, which keeps a 10% margin under the
 * configured rate). And the BFF's resident memory while it streams a large view at the budget's top (50 a
 * second), read every 50 ms from /proc, against its memory at rest just before (after a warm-up export).
 */
import { generateDemoData } from '@ice-console/emulator';
import { EXPORT_PAGE_SIZE } from '@ice-console/shared/export-limits';
import { loadConfig } from '../../server/src/config';
import { CallBudget } from '../../server/src/ice/call-budget';
import { ProductionServer } from '../lib/production-server';
import { StackChild } from '../lib/stack-parent';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads an export to its end as the bytes come, keeping none: the client is never what holds memory. */
async function drain(url: string): Promise<{ bytes: number; seconds: number }> {
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`the export answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  return { bytes, seconds: (performance.now() - started) / 1000 };
}

/** Waits (5 s at most) until /api/health no longer says the start-up check is pending. */
async function startupCheckDone(url: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const health: unknown = await (await fetch(`${url}/api/health`)).json();
    const outcome =
      typeof health === 'object' && health !== null && 'preflight' in health
        ? (health.preflight as { outcome?: unknown } | undefined)?.outcome
        : undefined;
    if (outcome !== 'pending') return;
    await sleep(50);
  }
}

async function withStack<T>(
  rows: number,
  env: Record<string, string>,
  run: (url: string, bff: ProductionServer, calls: () => Promise<number>) => Promise<T>,
): Promise<T> {
  const data = generateDemoData();
  data['cn-hangzhou'].logo = Array.from({ length: rows }, (_, i) => ({
    LibId: `bench${i}`,
    LibName: `Benchmark library ${i}, with a name of ordinary length`,
    LibDescription: `Row ${i} of the memory figure's export`,
  }));
  const emulator = await StackChild.fork();
  const { endpoints } = await emulator.ask({ type: 'start-emulator', options: { data } }, 'emulator-started');
  const bff = await ProductionServer.start(endpoints, env);
  const total = async () =>
    (await emulator.ask({ type: 'stats' }, 'stats')).stats.byAction.ListRecognitionLibs ?? 0;
  // The server's start-up check makes one call of its own: count from when it is done.
  await startupCheckDone(bff.url);
  const before = await total();
  const calls = async () => (await total()) - before;
  try {
    return await run(bff.url, bff, calls);
  } finally {
    await bff.stop();
    await emulator.close();
  }
}

export async function measureFullExport(settings: { rows: number }) {
  const time = await withStack(0, {}, async (url, _bff, calls) => {
    const { seconds, bytes } = await drain(
      `${url}/api/libraries/export?region=cn-beijing&algorithm=object&format=csv`,
    );
    const rows = 1234;
    const pages = Math.ceil(rows / EXPORT_PAGE_SIZE);
    const { qpsBudget, queueMaxWaitMs } = loadConfig({});
    const budgetCallsPerSecond = 1000 / new CallBudget(qpsBudget, queueMaxWaitMs).spacingMs;
    const pagesPerSecond = (pages - 1) / seconds;
    return {
      seconds,
      bytes,
      calls: await calls(),
      rows,
      pages,
      qpsBudget,
      budgetCallsPerSecond,
      pagesPerSecond,
      throughputRatio: pagesPerSecond / budgetCallsPerSecond,
    };
  });
  const memory = await withStack(settings.rows, { ICE_QPS_BUDGET: '50' }, async (url, bff) => {
    await drain(`${url}/api/libraries/export?region=cn-shanghai&algorithm=landmark&format=csv`);
    await sleep(1000);
    const idleRssMb = bff.memoryMb().rss;
    let peakRssMb = idleRssMb;
    const sampler = setInterval(() => {
      peakRssMb = Math.max(peakRssMb, bff.memoryMb().rss);
    }, 50);
    try {
      const streamed = await drain(
        `${url}/api/libraries/export?region=cn-hangzhou&algorithm=logo&format=csv`,
      );
      const pages = Math.ceil(settings.rows / EXPORT_PAGE_SIZE);
      const budgetCallsPerSecond = 1000 / new CallBudget(50, 2000).spacingMs;
      return {
        rows: settings.rows,
        idleRssMb,
        peakRssMb,
        growthMb: peakRssMb - idleRssMb,
        ...streamed,
        throughputRatio: (pages - 1) / streamed.seconds / budgetCallsPerSecond,
      };
    } finally {
      clearInterval(sampler);
    }
  });
  return { time, memory };
}
