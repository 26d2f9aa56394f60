/**
 * The QPS limit over real HTTP: per account and per action, a sliding one-second window shared by the keys of one
 * account (demo, STS and read-only).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../src/accounts';
import { type Emulator, SERVICE_QPS_LIMIT, startEmulator } from '../src/start-emulator';
import { callAction } from './call-action';
import { send, signRpc, signV3, type TestKey } from './hand-signed-request';

const STS = { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret', securityToken: 'emuToken' };
const NO_PERM = { accessKeyId: 'LTAIemuNoPerm', accessKeySecret: 'emuNoPermSecret' };
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function codeOf(running: Emulator, key: TestKey, sign = signV3): Promise<unknown> {
  const answer = await send(
    sign({
      endpoint: running.endpoints['cn-hangzhou'],
      method: 'POST',
      placement: 'query',
      key,
      params: { Algorithm: 'label', PageNumber: '1', PageSize: '10' },
    }),
  );
  return answer.status === 200 ? 'OK' : answer.json.Code;
}

describe('QPS limit', () => {
  it('when one account sends one call more than the limit within a second, then that call gets Throttling.User', async () => {
    const running = await startEmulator({ port: 0, qpsLimit: 5 });
    emulator = running;
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(await codeOf(running, DEMO_ACCOUNT, i % 2 ? signRpc : signV3));
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'Throttling.User']);
    expect(running.stats().peakCallsPerSecond).toBe(5);
  });

  it('when the demo and STS keys share the window, then together they are throttled, and another account is not', async () => {
    const running = await startEmulator({ port: 0, qpsLimit: 4 });
    emulator = running;
    const codes = [];
    for (const key of [DEMO_ACCOUNT, STS, DEMO_ACCOUNT, STS, STS, DEMO_ACCOUNT])
      codes.push(await codeOf(running, key));
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'Throttling.User', 'Throttling.User']);
    // Another account has its own window: the RAM denial, which comes after throttling, proves it got through.
    expect(await codeOf(running, NO_PERM)).toBe('Forbidden.RAM');
  });

  it('when the limit is raised at run time, then calls pass again', async () => {
    const running = await startEmulator({ port: 0, qpsLimit: 1 });
    emulator = running;
    expect([await codeOf(running, DEMO_ACCOUNT), await codeOf(running, DEMO_ACCOUNT)]).toEqual([
      'OK',
      'Throttling.User',
    ]);
    running.setQpsLimit(3);
    expect(await codeOf(running, DEMO_ACCOUNT)).toBe('OK');
  });

  it("when nothing is set, then the limit is the service's 50 per second", async () => {
    const running = await startEmulator({ port: 0 });
    emulator = running;
    const codes = await Promise.all(Array.from({ length: 55 }, () => codeOf(running, DEMO_ACCOUNT)));
    expect(SERVICE_QPS_LIMIT).toBe(50);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(50);
    expect(codes.filter((code) => code === 'Throttling.User')).toHaveLength(5);
  });

  it('when one action reaches the limit, then that action is throttled and the others of the account are not', async () => {
    const running = await startEmulator({ port: 0, qpsLimit: 2 });
    emulator = running;
    const code = async (action: string, key: TestKey = DEMO_ACCOUNT) => {
      const answer = await callAction(running, action, { Algorithm: 'face' }, { key });
      return answer.json.Code;
    };
    const READ_ONLY = { accessKeyId: 'LTAIemuReadOnly', accessKeySecret: 'emuReadOnlySecret' };
    // Parameter errors come after throttling: MissingLibName means the call got through the limit.
    expect([await code('CreateRecognitionLib'), await code('CreateRecognitionLib', READ_ONLY)]).toEqual([
      'MissingLibName',
      'Forbidden.RAM',
    ]);
    expect(await code('CreateRecognitionLib')).toBe('Throttling.User');
    expect([await code('DeleteRecognitionLib'), await code('DeleteRecognitionLib')]).toEqual([
      'MissingLibId',
      'MissingLibId',
    ]);
    const stats = running.stats();
    expect(stats.peakCallsPerSecondByAction).toEqual({ CreateRecognitionLib: 2, DeleteRecognitionLib: 2 });
    expect(stats.peakCallsPerSecond).toBe(4);
    expect(stats.byActionAndCode.CreateRecognitionLib).toEqual({
      MissingLibName: 1,
      'Forbidden.RAM': 1,
      'Throttling.User': 1,
    });
  });
});
