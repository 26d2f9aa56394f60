/**
 * npm run bench: every figure of docs/benchmarks.md, printed as a table and written to bench/results.json.
 * Figures 1 and 2 are ratios measured in one run, so they hold on a noisy machine.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { EXPORT_ROW_CAP } from '@ice-console/shared/export-limits';
import { measureBffOverhead } from './figures/bff-overhead';
import { measureColdLoad, measureNextPage } from './figures/browser';
import { measureCacheHits } from './figures/cache-hits';
import { measureCoalescing } from './figures/coalescing';
import { measureFullExport } from './figures/full-export';
import { measureLoad } from './figures/memory-under-load';

const QUICK = process.argv.includes('--quick');
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

interface Row {
  figure: string;
  value: string;
  goal: string;
  met: boolean;
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: round(totalmem() / 1024 ** 3, 1),
  node: process.version,
  date: new Date().toISOString(),
};
console.log(`Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}`);
console.log(
  'Figures 1 and 2 lift the BFF budget and the emulator per-account limit: they measure our own code.\n',
);

const seconds = QUICK ? 3 : 8;
const overhead = await measureBffOverhead({ connections: 32, seconds });
// The same comparison with a realistic round trip to a China region: what a user of the dashboard sees.
const overheadAt300 = await measureBffOverhead({ connections: 32, seconds, latencyMs: 300 });
const hits = await measureCacheHits({ connections: 32, seconds: QUICK ? 2 : 5, rounds: QUICK ? 1 : 3 });
const coalescing = await measureCoalescing();
const nextPage = await measureNextPage({ clicks: QUICK ? 5 : 20, latencyMs: 300 });
const coldLoad = await measureColdLoad({ loads: QUICK ? 3 : 10 });
const load = await measureLoad({ connections: 200, seconds: QUICK ? 5 : 30, rounds: 1, budget: 10 });
const fullExport = await measureFullExport({ rows: QUICK ? 20_000 : EXPORT_ROW_CAP });

const rows: Row[] = [
  {
    figure: '1. BFF / direct SDK, requests per second (cache miss)',
    value: `${round(overhead.ratio, 2)} (${overhead.bffRequestsPerSecond} / ${overhead.sdkRequestsPerSecond})`,
    goal: '≥ 0.8',
    met: overhead.ratio >= 0.8,
  },
  {
    figure: '1. … a bare Express route making the same SDK call / direct SDK',
    value: `${round(overhead.bareProxyRatio, 2)} (${overhead.bareProxyRequestsPerSecond} / ${overhead.sdkRequestsPerSecond})`,
    goal: '(the floor)',
    met: true,
  },
  {
    figure: '1. CPU per request: BFF / bare route / direct SDK',
    value: `${overhead.bffCpuMicrosecondsPerRequest} / ${overhead.bareProxyCpuMicrosecondsPerRequest} / ${overhead.sdkCpuMicrosecondsPerCall} µs`,
    goal: '(reported)',
    met: true,
  },
  {
    figure: '1. BFF / direct SDK with 300 ms upstream latency',
    value: `${round(overheadAt300.ratio, 2)} (${overheadAt300.bffRequestsPerSecond} / ${overheadAt300.sdkRequestsPerSecond})`,
    goal: '≥ 0.8',
    met: overheadAt300.ratio >= 0.8,
  },
  {
    figure: '1. Server-Timing total − upstream, p50',
    value: `${round(overhead.overheadP50Ms, 2)} ms`,
    goal: '≤ 1 ms',
    met: overhead.overheadP50Ms <= 1,
  },
  {
    figure: '2. Cached pages / bare Express route, requests per second',
    value: `${round(hits.ratio, 2)} (${hits.cachedRequestsPerSecond} / ${hits.bareExpressRequestsPerSecond})`,
    goal: '≥ 0.7',
    met: hits.ratio >= 0.7,
  },
  {
    figure: '3. Upstream calls per 100 identical concurrent requests',
    value: String(coalescing.upstreamCalls),
    goal: '1',
    met: coalescing.upstreamCalls === 1 && coalescing.ok === 100,
  },
  {
    figure: '4. Next page, p50, with prefetch (300 ms upstream)',
    value: `${round(nextPage.withPrefetchP50Ms)} ms`,
    goal: '≤ 100 ms',
    met: nextPage.withPrefetchP50Ms <= 100,
  },
  {
    figure: '4. Next page, p50, without prefetch',
    value: `${round(nextPage.withoutPrefetchP50Ms)} ms`,
    goal: '≥ 300 ms (expected)',
    met: nextPage.withoutPrefetchP50Ms >= 300,
  },
  {
    figure: '5. First-load JavaScript, gzipped',
    value: `${round(coldLoad.gzipKb, 1)} KB in ${coldLoad.files} file(s)`,
    goal: '≤ 100 KB',
    met: coldLoad.gzipKb <= 100,
  },
  {
    figure: '5. Cold load to first row, p50',
    value: `${round(coldLoad.firstRowP50Ms)} ms`,
    goal: '(reported)',
    met: true,
  },
  {
    figure: '6. BFF peak RSS, 200 clients (production build)',
    value: `${round(load.peakRssMb)} MB`,
    goal: '≤ 150 MB',
    met: load.peakRssMb <= 150,
  },
  {
    figure: '7. Export all of the 1,234-library view, default budget (10 calls/s)',
    value: `${round(fullExport.time.seconds, 1)} s, ${fullExport.time.calls} calls`,
    goal: '25 calls (N/50)',
    met: fullExport.time.calls === 25,
  },
  {
    figure: `7. BFF RSS streaming a ${fullExport.memory.rows.toLocaleString('en-US')}-row export, above idle`,
    value: `+${round(fullExport.memory.growthMb, 1)} MB (${round(fullExport.memory.idleRssMb)} → ${round(fullExport.memory.peakRssMb)} MB)`,
    goal: '≤ 20 MB',
    met: fullExport.memory.growthMb <= 20,
  },
];

const width = Math.max(...rows.map((r) => r.figure.length));
for (const row of rows) {
  console.log(
    `${row.figure.padEnd(width)}  ${row.value.padEnd(28)} goal ${row.goal.padEnd(20)} ${row.met ? 'met' : 'MISSED'}`,
  );
}
const results = {
  machine,
  quick: QUICK,
  rows,
  details: { overhead, overheadAt300, hits, coalescing, nextPage, coldLoad, load, fullExport },
};
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench/results.json');
