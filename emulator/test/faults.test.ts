/** Injected faults, over real HTTP, and the call counter that lets tests prove how many calls a client made. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT } from '../src/accounts';
import { FaultPlan } from '../src/faults';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { requestUrl, send, signV3 } from './hand-signed-request';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
});
afterEach(() => {
  emulator.faults.clear();
  emulator.resetStats();
});
afterAll(() => emulator.close());

const signed = (region: 'cn-shanghai' | 'cn-beijing' | 'cn-hangzhou' = 'cn-shanghai') =>
  signV3({
    endpoint: emulator.endpoints[region],
    method: 'POST',
    placement: 'query',
    key: DEMO_ACCOUNT,
    params: { Algorithm: 'landmark', PageNumber: '1', PageSize: '10' },
  });
const post = (signal?: AbortSignal) =>
  fetch(requestUrl(signed()), { method: 'POST', headers: signed().headers, ...(signal ? { signal } : {}) });

describe('faults', () => {
  it.each([
    ['InternalError', 500],
    ['ServiceUnavailable', 503],
  ] as const)(
    'when %s is scripted, then the next call gets it as a service error body, and the one after is fine',
    async (kind, status) => {
      emulator.faults.enqueue([kind]);
      const failed = await send(signed());
      expect(failed.status).toBe(status);
      expect(failed.json).toMatchObject({
        Code: kind,
        HostId: expect.any(String),
        Recommend: expect.any(String),
      });
      expect(failed.json.RequestId).toMatch(/^[0-9A-F-]{36}$/);
      expect((await send(signed())).status).toBe(200);
    },
  );

  it('when a truncated body is scripted, then the body ends early and cannot be read whole', async () => {
    emulator.faults.enqueue(['truncated']);
    const response = await post();
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('when not-JSON is scripted, then a 200 carries HTML that does not parse', async () => {
    emulator.faults.enqueue(['not-json']);
    const response = await post();
    expect(response.headers.get('content-type')).toContain('text/html');
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('when a reset is scripted, then the connection drops without an answer', async () => {
    emulator.faults.enqueue(['reset']);
    await expect(post()).rejects.toMatchObject({
      cause: { code: expect.stringMatching(/ECONNRESET|UND_ERR_SOCKET/) },
    });
  });

  it('when a hang is scripted, then the call never answers, and close() still returns promptly', async () => {
    const own = await startEmulator({ port: 0 });
    own.faults.enqueue(['hang']);
    const endpoint = own.endpoints['cn-shenzhen'];
    const hanging = fetch(`http://${endpoint}/`, { method: 'POST' }).then(
      () => 'answered',
      () => 'failed',
    );
    await vi.waitFor(() => expect(own.stats().byCode).toEqual({ hang: 1 }), { timeout: 1000, interval: 5 });
    const raced = await Promise.race([
      hanging,
      new Promise((r) => setTimeout(() => r('still waiting'), 150)),
    ]);
    expect(raced).toBe('still waiting');
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(500);
    expect(await hanging).toBe('failed');
  });

  it('when latency and jitter are set, then calls are delayed within latency ± jitter', async () => {
    emulator.faults.update({ latencyMs: 120, jitterMs: 40 });
    const started = performance.now();
    expect((await send(signed())).status).toBe(200);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(79);
    expect(elapsed).toBeLessThan(400);
  });

  it('when the fault rate is 1, then every call fails with one of the chosen kinds; at 0, none does', async () => {
    emulator.faults.update({ faultRate: 1, faultKinds: ['ServiceUnavailable'] });
    const statuses = await Promise.all([1, 2, 3].map(async () => (await send(signed())).status));
    expect(statuses).toEqual([503, 503, 503]);
    emulator.faults.update({ faultRate: 0 });
    expect((await send(signed())).status).toBe(200);
  });

  it('when faults are set at start, then the emulator starts with them', async () => {
    const own = await startEmulator({ port: 0, faultRate: 1, faultKinds: ['InternalError'] });
    try {
      expect((await fetch(`http://${own.endpoints['cn-beijing']}/`)).status).toBe(500);
    } finally {
      await own.close();
    }
  });

  it('when calls of several outcomes reach several regions, then the counter has them per region and code', async () => {
    await send(signed('cn-shanghai'));
    await send(signed('cn-shanghai'));
    const tampered = signed('cn-beijing');
    tampered.query = [['PageSize', '11'], ...tampered.query.filter(([name]) => name !== 'PageSize')];
    await send(tampered);
    emulator.faults.enqueue(['ServiceUnavailable']);
    await send(signed('cn-hangzhou'));
    const stats = emulator.stats();
    expect(stats.byRegionAndCode).toEqual({
      'cn-beijing': { SignatureDoesNotMatch: 1 },
      'cn-hangzhou': { ServiceUnavailable: 1 },
      'cn-shanghai': { OK: 2 },
      'cn-shenzhen': {},
    });
    expect(stats.total).toBe(4);
    expect(stats.byRegion['cn-shanghai']).toBe(2);
    expect(stats.byCode).toEqual({ OK: 2, SignatureDoesNotMatch: 1, ServiceUnavailable: 1 });
    emulator.resetStats();
    expect(emulator.stats().total).toBe(0);
  });
});

describe('FaultPlan', () => {
  it('when the random draw is below the rate, then a kind is picked; above, none', () => {
    const plan = new FaultPlan({ faultRate: 0.3, faultKinds: ['InternalError', 'reset'] });
    expect(plan.next(() => 0.29)).toBe('InternalError');
    expect(plan.next(() => 0.3)).toBeUndefined();
    // The second draw picks the kind.
    const draws = [0.1, 0.9];
    expect(plan.next(() => draws.shift() ?? 1)).toBe('reset');
  });

  it('when drawing many calls at a rate of 0.25, then about a quarter fail', () => {
    const plan = new FaultPlan({ faultRate: 0.25 });
    const failures = Array.from({ length: 4000 }, () => plan.next()).filter(Boolean).length;
    expect(failures).toBeGreaterThan(800);
    expect(failures).toBeLessThan(1200);
  });

  it('when jitter is set, then the delay spans latency - jitter to latency + jitter, never below 0', () => {
    const plan = new FaultPlan({ latencyMs: 100, jitterMs: 30 });
    expect([0, 0.5, 0.999999].map((r) => Math.round(plan.delayMs(() => r)))).toEqual([70, 100, 130]);
    plan.update({ latencyMs: 10 });
    expect(plan.delayMs(() => 0)).toBe(0);
  });
});
