import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { CallBudget } from './call-budget';
import { PageCache } from './page-cache';

const jsonSize = (value: { json: string }) => value.json.length * 2;
const page = (n: number, algorithm = 'landmark') =>
  `/api/libraries?region=cn-beijing&algorithm=${algorithm}&pageNumber=${n}&pageSize=10`;

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe('coalescing and the page cache', () => {
  it('when 50 identical requests arrive at once, then Alibaba Cloud is called once', async () => {
    stack = await startTestStack({ emulator: { latencyMs: 100 } });
    const responses = await Promise.all(Array.from({ length: 50 }, () => stack?.get(page(1))));
    expect(responses.map((r) => r?.status)).toEqual(Array(50).fill(200));
    expect(stack.emulator.stats().total).toBe(1);
  });

  it('when a page is asked for again, then it comes from the cache, unless the request says no-cache', async () => {
    stack = await startTestStack();
    const first = await stack.get(page(1));
    expect(first.headers.get('server-timing')).toMatch(
      /^upstream;dur=[\d.]+, total;dur=[\d.]+, cache;desc=miss$/,
    );
    const second = await stack.get(page(1));
    expect(second.headers.get('server-timing')).toMatch(/cache;desc=hit/);
    expect(await second.json()).toEqual(await first.json());
    expect(stack.emulator.stats().total).toBe(1);
    const refreshed = await stack.get(page(1), { 'cache-control': 'no-cache' });
    expect(refreshed.headers.get('server-timing')).toMatch(/cache;desc=miss/);
    expect(stack.emulator.stats().total).toBe(2);
  });

  it('when the TTL has passed, then the page is fetched again', async () => {
    stack = await startTestStack({ env: { CACHE_TTL_MS: '50' } });
    await stack.get(page(1));
    await new Promise((resolve) => setTimeout(resolve, 80));
    await stack.get(page(1));
    expect(stack.emulator.stats().total).toBe(2);
  });

  it('when the cache is full by entries or bytes, then the oldest pages are dropped', async () => {
    const byEntries = new PageCache<{ json: string }>(
      { ttlMs: 60_000, maxEntries: 2, maxBytes: 1_000_000 },
      jsonSize,
    );
    for (const key of ['a', 'b', 'c']) await byEntries.load(key, async () => ({ json: key }));
    expect([byEntries.get('a'), byEntries.get('c')?.json, byEntries.size]).toEqual([undefined, 'c', 2]);
    const byBytes = new PageCache<{ json: string }>(
      { ttlMs: 60_000, maxEntries: 100, maxBytes: 2000 },
      jsonSize,
    );
    for (const key of ['a', 'b', 'c']) await byBytes.load(key, async () => ({ json: key.repeat(400) }));
    expect(byBytes.size).toBe(2);
  });

  it('when a call fails, then nothing is cached and the next request tries again', async () => {
    stack = await startTestStack({ env: { ICE_MAX_RETRIES: '0' } });
    stack.emulator.faults.enqueue(['InternalError']);
    expect((await stack.get(page(1))).status).toBe(502);
    expect((await stack.get(page(1))).status).toBe(200);
    expect(stack.emulator.stats().total).toBe(2);
  });
});

describe('the call budget', () => {
  it('when calls are scheduled, then they start at least 1/budget seconds apart (with the jitter margin)', async () => {
    const budget = new CallBudget(20, 2000);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, () =>
        budget.schedule('id', async () => starts.push(performance.now()), 'one client'),
      ),
    );
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
    await budget.close();
  });

  it('when 200 distinct pages are asked for within a second, then Alibaba Cloud never sees more than the budget per second', async () => {
    stack = await startTestStack({ env: { ICE_QPS_BUDGET: '10', ICE_QUEUE_MAX_WAIT_MS: '1500' } });
    const algorithms = ['landmark', 'object', 'logo', 'face', 'label'];
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => stack?.get(page(1 + (i % 40), algorithms[i % 5]))),
    );
    const statuses = responses.map((r) => r?.status);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(10);
    const refused = responses.find((r) => r?.status === 429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const stats = stack.emulator.stats();
    expect(stats.peakCallsPerSecond).toBeLessThanOrEqual(10);
    expect(stats.byCode['Throttling.User']).toBeUndefined();
  });

  it('when the budget is the service maximum of 50, then a burst still never trips Throttling.User', async () => {
    stack = await startTestStack({ env: { ICE_QPS_BUDGET: '50', ICE_QUEUE_MAX_WAIT_MS: '3000' } });
    await Promise.all(
      Array.from({ length: 80 }, (_, i) => stack?.get(page(1 + i, i % 2 ? 'object' : 'landmark'))),
    );
    const stats = stack.emulator.stats();
    expect(stats.peakCallsPerSecond).toBeLessThanOrEqual(50);
    expect(stats.byCode['Throttling.User']).toBeUndefined();
  });
});
