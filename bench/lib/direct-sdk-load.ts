/**
 * The baseline of figure 1: the same ListRecognitionLibs calls made directly with @alicloud/openapi-client,
 * `concurrency` loops for a fixed time. autocannon cannot call an SDK, so this loop is the one hand-written driver.
 */

import { DEMO_ACCOUNT } from '@ice-console/emulator';
import type { Region } from '@ice-console/shared/regions';
import { staticCredential } from '../../server/src/ice/credentials';
import { callListRecognitionLibs, createRegionClients } from '../../server/src/ice/region-clients';

export async function runDirectSdkLoad(options: {
  endpoints: Record<Region, string>;
  concurrency: number;
  durationSeconds: number;
  pageFor: (n: number) => number;
}): Promise<{ requestsPerSecond: number; failures: number; cpuMicrosecondsPerCall: number }> {
  const clients = createRegionClients({
    credential: staticCredential(DEMO_ACCOUNT),
    endpoints: options.endpoints,
    protocol: 'http',
    signature: 'v3',
  });
  const stopAt = Date.now() + options.durationSeconds * 1000;
  let counter = 0;
  let done = 0;
  let failures = 0;
  const loop = async () => {
    while (Date.now() < stopAt) {
      const pageNumber = options.pageFor(counter++);
      try {
        await callListRecognitionLibs(
          clients['cn-beijing'],
          { region: 'cn-beijing', algorithm: 'object', pageNumber, pageSize: 10 },
          3000,
        );
        done++;
      } catch {
        failures++;
      }
    }
  };
  const started = Date.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const cpu = process.cpuUsage(cpuBefore);
  return {
    requestsPerSecond: done / ((Date.now() - started) / 1000),
    failures,
    cpuMicrosecondsPerCall: (cpu.user + cpu.system) / Math.max(1, done + failures),
  };
}
