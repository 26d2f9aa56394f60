/**
 * Figure 7: the full export, through the production build (what `npm start` runs) against an emulator in another
 * process. Its time for the 1,234-library demo view at the default budget (10 calls a second), with the calls it
 * took; and the BFF's resident memory while it streams a 20,000-library view at the budget's top (50 a second),
 * read every 50 ms from /proc, against its memory at rest just before (after a warm-up export).
 */
import { generateDemoData } from '@ice-console/emulator';
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
  const calls = async () =>
    (await emulator.ask({ type: 'stats' }, 'stats')).stats.byAction.ListRecognitionLibs ?? 0;
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
    return { seconds, bytes, calls: await calls(), rows: 1234 };
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
      return { rows: settings.rows, idleRssMb, peakRssMb, growthMb: peakRssMb - idleRssMb, ...streamed };
    } finally {
      clearInterval(sampler);
    }
  });
  return { time, memory };
}
