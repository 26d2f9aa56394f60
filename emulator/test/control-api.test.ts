/** The control API's five routes over real HTTP, unsigned, and its loopback-only rule. */
import type { IncomingMessage } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { controlAllowed } from '../src/control-api';
import { RECOGNITION_ACTIONS } from '../src/service-model';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { callAction, ok } from './call-action';
import { sdkCaller, sdkError } from './sdk-client';

let emulator: Emulator;
let base: string;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
  base = `http://${emulator.endpoints['cn-hangzhou']}/_emulator`;
});
afterEach(async () => {
  await fetch(`${base}/faults`, { method: 'DELETE' });
  emulator.reset();
  emulator.resetStats();
});
afterAll(() => emulator.close());

const json = async (response: Response) => ({
  status: response.status,
  body: (await response.json()) as unknown,
});
const postJson = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the control API', () => {
  it('when asked for health, then ok, the region of the port, and the nine actions', async () => {
    expect(await json(await fetch(`${base}/health`))).toEqual({
      status: 200,
      body: { status: 'ok', region: 'cn-hangzhou', actions: [...RECOGNITION_ACTIONS] },
    });
  });

  it('when reset, then created data is gone and the demo data is back; with empty=1, nothing is left', async () => {
    const libs = () =>
      ok(
        callAction(
          emulator,
          'ListRecognitionLibs',
          { Algorithm: 'label', PageNumber: '1', PageSize: '1' },
          { region: 'cn-hangzhou' },
        ),
      );
    await ok(
      callAction(
        emulator,
        'CreateRecognitionLib',
        { Algorithm: 'label', LibName: 'new' },
        { region: 'cn-hangzhou' },
      ),
    );
    expect((await libs()).TotalCount).toBe(141);
    expect(await json(await fetch(`${base}/reset`, { method: 'POST' }))).toEqual({
      status: 200,
      body: { status: 'ok' },
    });
    expect((await libs()).TotalCount).toBe(140);
    await fetch(`${base}/reset?empty=1`, { method: 'POST' });
    expect((await libs()).TotalCount).toBe(0);
  });

  it('when asked for counters, then calls per action and code and the peaks come back', async () => {
    await fetch(`${base}/health`);
    await ok(
      callAction(emulator, 'ListRecognitionLibs', { Algorithm: 'label', PageNumber: '1', PageSize: '1' }),
    );
    await callAction(emulator, 'DeleteRecognitionSample', { Algorithm: 'label' });
    const { body } = await json(await fetch(`${base}/counters`));
    expect(body).toMatchObject({
      byActionAndCode: { ListRecognitionLibs: { OK: 1 }, DeleteRecognitionSample: { MissingLibId: 1 } },
      peakCallsPerSecondByAction: { DeleteRecognitionSample: 1 },
    });
    // The account's window still holds the calls of the test before, within the same second.
    expect(body).toHaveProperty('peakCallsPerSecond', expect.any(Number));
  });

  it('when a fault is set over HTTP for one action, then an SDK call of that action gets it, other actions do not, and it is used up', async () => {
    const rule = { action: 'ListRecognitionEntities', kind: 'ServiceUnavailable', count: 1 };
    expect((await postJson('/faults', rule)).status).toBe(201);
    expect((await json(await fetch(`${base}/faults`))).body).toMatchObject({ rules: [rule] });
    const sdk = sdkCaller(
      emulator.endpoints['cn-shanghai'],
      'cn-shanghai',
      { accessKeyId: 'LTAIemuDemo', accessKeySecret: 'emuDemoSecret' },
      'v3',
    );
    await sdk.call('ListRecognitionLibs', { Algorithm: 'logo', PageNumber: '1', PageSize: '1' });
    const entities = () =>
      sdk.call('ListRecognitionEntities', {
        Algorithm: 'landmark',
        LibId: 'ffff',
        PageNumber: '1',
        PageSize: '1',
      });
    expect(await sdkError(entities())).toMatchObject({ code: 'ServiceUnavailable', statusCode: 503 });
    expect(await sdkError(entities())).toMatchObject({ code: 'InvalidParameter' });
    expect((await json(await fetch(`${base}/faults`))).body).toMatchObject({ rules: [] });
  });

  it('when a latency fault is set and then deleted, then calls wait only while it is set', async () => {
    await postJson('/faults', { latencyMs: 300 });
    const timed = async () => {
      const started = performance.now();
      await fetch(`http://${emulator.endpoints['cn-beijing']}/`);
      return performance.now() - started;
    };
    expect(await timed()).toBeGreaterThanOrEqual(290);
    expect(await json(await fetch(`${base}/faults`, { method: 'DELETE' }))).toEqual({
      status: 200,
      body: { status: 'ok' },
    });
    expect(await timed()).toBeLessThan(250);
  });

  it.each([
    [{ kind: 'meltdown' }, /kind/],
    [{ action: 'ListEverything', kind: 'reset' }, /action/],
    [{ count: 2 }, /kind, a latencyMs/],
    [{ kind: 'reset', probability: 2 }, /probability/],
  ])('when the fault %j is posted, then 400 says what is wrong', async (rule, message) => {
    const { status, body } = await json(await postJson('/faults', rule));
    expect(status).toBe(400);
    expect(body).toMatchObject({ status: 'error', message: expect.stringMatching(message) });
  });

  it('when asked for state, then the region and algorithm come whole, with entities, samples and prompts', async () => {
    const { status, body } = await json(
      await fetch(`http://${emulator.endpoints['cn-shanghai']}/_emulator/state?algorithm=label`),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ region: 'cn-shanghai', algorithm: 'label', accountId: '1000000000000001' });
    const first = emulator.state('cn-shanghai', 'label').Libs[0];
    expect(first?.Entities[0]?.Samples[0]).toMatchObject({ ImageUrl: '', LabelPrompt: expect.any(String) });
    expect((await fetch(`${base}/state?algorithm=scene`)).status).toBe(400);
    expect((await fetch(`${base}/state?algorithm=face&account=LTAIunknown`)).status).toBe(400);
  });

  it('when a route or method is unknown, then 404 or 405, and the service path is not involved', async () => {
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
    expect((await fetch(`${base}/toString`)).status).toBe(404);
    const wrong = await fetch(`${base}/reset`);
    expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'POST']);
    expect(emulator.stats().total).toBe(0);
  });
});

describe('who may use the control API', () => {
  const request = (remoteAddress: string, localAddress: string) =>
    ({ socket: { remoteAddress, localAddress } }) as IncomingMessage;
  it.each([
    ['127.0.0.1', '127.0.0.1', undefined, true],
    ['::1', '::1', undefined, true],
    ['::ffff:127.0.0.1', '::ffff:127.0.0.1', undefined, true],
    ['192.168.1.20', '192.168.1.5', undefined, false],
    ['192.168.1.20', '192.168.1.5', '192.168.1.5', true],
    ['192.168.1.20', '::ffff:192.168.1.5', '192.168.1.5', true],
    ['10.0.0.7', '10.0.0.1', '192.168.1.5', false],
    ['10.0.0.7', '10.0.0.1', '0.0.0.0', true],
  ] as const)(
    'when %s calls %s with control host %s, then allowed is %s',
    (remote, local, controlHost, allowed) => {
      expect(controlAllowed(request(remote, local), controlHost)).toBe(allowed);
    },
  );
});
