/** Figure 3: upstream calls per 100 identical concurrent requests (cache cold, 200 ms upstream latency). */
import { StackChild } from '../lib/stack-parent';

export async function measureCoalescing() {
  const emulator = await StackChild.fork();
  const bff = await StackChild.fork();
  try {
    const { endpoints } = await emulator.ask(
      { type: 'start-emulator', options: { qpsLimit: 1e9, latencyMs: 200 } },
      'emulator-started',
    );
    const { url } = await bff.ask(
      { type: 'start-bff', endpoints, env: {}, unlimitedBudget: false },
      'bff-started',
    );
    const path = '/api/libraries?region=cn-hangzhou&algorithm=label&pageNumber=3&pageSize=20';
    const statuses = await Promise.all(
      Array.from({ length: 100 }, async () => (await fetch(`${url}${path}`)).status),
    );
    const { stats } = await emulator.ask({ type: 'stats' }, 'stats');
    return { requests: 100, ok: statuses.filter((s) => s === 200).length, upstreamCalls: stats.total };
  } finally {
    await bff.close();
    await emulator.close();
  }
}
