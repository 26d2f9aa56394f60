/** autocannon against one server child, with that child's CPU time per request (it holds when the machine is busy). */
import { type LoadOptions, runLoad } from './load';
import type { StackChild } from './stack-parent';

export interface ChildLoad {
  requestsPerSecond: number;
  cpuMicrosecondsPerRequest: number;
  statusCounts: Record<string, number>;
  non2xx: number;
  failures: number;
}

export async function loadChild(child: StackChild, options: LoadOptions): Promise<ChildLoad> {
  const before = await child.ask({ type: 'cpu' }, 'cpu');
  const result = await runLoad(options);
  const after = await child.ask({ type: 'cpu' }, 'cpu');
  return {
    requestsPerSecond: result.requestsPerSecond,
    cpuMicrosecondsPerRequest: (after.microseconds - before.microseconds) / Math.max(1, result.requests),
    statusCounts: result.statusCounts,
    non2xx: result.non2xx,
    failures: result.errors + result.timeouts,
  };
}

export const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Loads `a` and `b` in turns for `rounds` rounds after a warm-up of each, so drift in the machine's load falls on
 * both; returns the rounds of each.
 */
export async function alternate(
  rounds: number,
  a: () => Promise<ChildLoad>,
  b: () => Promise<ChildLoad>,
): Promise<{ a: ChildLoad[]; b: ChildLoad[] }> {
  const results = { a: [] as ChildLoad[], b: [] as ChildLoad[] };
  for (let round = 0; round < rounds; round++) {
    results.a.push(await a());
    results.b.push(await b());
  }
  return results;
}

/** The mean figures of several rounds. */
export function summary(loads: readonly ChildLoad[]) {
  return {
    requestsPerSecond: mean(loads.map((load) => load.requestsPerSecond)),
    cpuMicrosecondsPerRequest: mean(loads.map((load) => load.cpuMicrosecondsPerRequest)),
    non2xx: loads.reduce((sum, load) => sum + load.non2xx, 0),
    failures: loads.reduce((sum, load) => sum + load.failures, 0),
  };
}
