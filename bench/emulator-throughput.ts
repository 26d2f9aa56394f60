/**
 * `npm run bench:emulator`: how many freshly V3-signed ListRecognitionLibs calls per second the emulator answers
 * on one core. The emulator runs as its own process (pinned to one CPU where taskset exists), started exactly as
 * `npm run emulator` starts it; autocannon drives it from this process, signing every request with a new nonce.
 * Exits non-zero only when the run is broken (errors or non-2xx answers), not when the goal is missed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCOUNT } from '@ice-console/emulator';
import autocannon from 'autocannon';
// The independent test signer, never the verifier this benchmark measures: a shared mistake cannot pass here.
import { signV3 } from '../emulator/test/hand-signed-request';

const GOAL_RPS = 5000;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
// Enough requests in flight that the emulator always has work queued; fewer leave it waiting on loopback wake-ups.
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const CLI = fileURLToPath(new URL('../emulator/bin/ice-emulator.mjs', import.meta.url));
const QUERY: [string, string][] = [
  ['Algorithm', 'landmark'],
  ['PageNumber', '1'],
  ['PageSize', '10'],
];
const PATH = `/?${QUERY.map(([n, v]) => `${n}=${v}`).join('&')}`;
const PARAMS = Object.fromEntries(QUERY);

/** One request signed now with a nonce never used before: what the SDK sends, minus its extra headers. */
function signedHeaders(host: string): Record<string, string> {
  return signV3({ endpoint: host, method: 'POST', params: PARAMS, placement: 'query', key: DEMO_ACCOUNT })
    .headers;
}

/** Starts the emulator CLI and resolves with cn-shanghai's `host:port` once all four region lines are out. */
async function startEmulatorProcess(): Promise<{ child: ChildProcess; endpoint: string }> {
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of the emulator there, to see where its time goes.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const node = [process.execPath, ...profile, CLI, '--port', '0', '--qps-limit', '100000000'];
  // One core for the emulator (CPU 1), so the figure is per core and this process keeps the other.
  const command = existsSync(TASKSET) ? [TASKSET, '-c', '1', ...node] : node;
  const child = spawn(command[0] ?? process.execPath, command.slice(1), {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  while (out.split('\n').filter(Boolean).length < 4) {
    const [chunk] = await Promise.race([
      once(child.stdout, 'data'),
      once(child, 'exit').then(() => {
        throw new Error(`the emulator exited before listening: ${out}`);
      }),
    ]);
    out += String(chunk);
  }
  const endpoint = /^cn-shanghai http:\/\/(\S+)$/m.exec(out)?.[1];
  if (!endpoint) throw new Error(`no cn-shanghai line in: ${out}`);
  return { child, endpoint };
}

/** CPU seconds a process has used so far (user + system), from /proc; undefined off Linux. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const TASKSET = '/usr/bin/taskset';
const { child, endpoint } = await startEmulatorProcess();
// The load generator keeps to the other core (all its threads), so the two never compete for one.
if (existsSync(TASKSET)) spawnSync(TASKSET, ['-a', '-pc', '0', String(process.pid)], { stdio: 'ignore' });
function load(durationSeconds: number) {
  return autocannon({
    url: `http://${endpoint}`,
    connections: CONNECTIONS,
    duration: durationSeconds,
    requests: [
      {
        method: 'POST',
        path: PATH,
        setupRequest: (request) => ({ ...request, headers: signedHeaders(endpoint) }),
      },
    ],
  });
}

/** Probes once, then loads the emulator; the child is stopped whatever happens, so no emulator outlives the run. */
async function measure() {
  try {
    const check = await fetch(`http://${endpoint}${PATH}`, {
      method: 'POST',
      headers: signedHeaders(endpoint),
    });
    if (check.status !== 200) {
      throw new Error(`a signed probe was refused: ${check.status} ${await check.text()}`);
    }
    // A second of warm-up first, so the figure is not the JIT compiling the emulator's hot path.
    await load(1);
    const emulatorCpuBefore = cpuSeconds(child.pid);
    const ownCpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await load(DURATION_S);
    const elapsedS = (performance.now() - started) / 1000;
    const ownCpu = process.cpuUsage(ownCpuBefore);
    const emulatorCpuAfter = cpuSeconds(child.pid);
    const emulatorCpu =
      emulatorCpuAfter === undefined || emulatorCpuBefore === undefined
        ? undefined
        : emulatorCpuAfter - emulatorCpuBefore;
    return { result, elapsedS, emulatorCpu, ownCpuSeconds: (ownCpu.user + ownCpu.system) / 1e6 };
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
}

const { result, elapsedS, emulatorCpu, ownCpuSeconds } = await measure();
const rps = result.requests.total / elapsedS;
// CPU time per answered call says what one whole core could do, even when other work shares the machine.
const perCallUs = emulatorCpu === undefined ? undefined : (emulatorCpu / result.requests.total) * 1e6;
const share = (seconds: number | undefined) =>
  seconds === undefined ? 'n/a' : `${Math.round((seconds / elapsedS) * 100)}% of one core`;
const broken = result.errors > 0 || result.non2xx > 0 || result.requests.total === 0;
console.log(
  [
    `emulator throughput, ${CONNECTIONS} connections, ${DURATION_S} s, every request V3-signed with a new nonce`,
    `  requests/second: ${Math.round(rps)} (${result.requests.total} in ${elapsedS.toFixed(1)} s)`,
    `  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    `  non-2xx: ${result.non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`,
    `  CPU: emulator ${share(emulatorCpu)}, load generator ${share(ownCpuSeconds)}`,
    perCallUs === undefined
      ? '  emulator CPU per call: n/a'
      : `  emulator CPU per call: ${Math.round(perCallUs)} µs, so about ${Math.round(1e6 / perCallUs)} calls/s on a whole core`,
    `  goal >= ${GOAL_RPS} signed requests/s: ${rps >= GOAL_RPS ? 'met' : 'NOT met'}`,
  ].join('\n'),
);
if (broken) {
  console.error('broken run: errors or non-2xx answers (see above)');
  process.exitCode = 1;
}
