/** RAM per action: the read-only key (`ice:List*`) reads the demo account's data and is refused every write. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ONLY_ACCOUNT } from '../src/accounts';
import { DEMO_EDGES } from '../src/demo-edges';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { callAction } from './call-action';

const NO_PERM = { accessKeyId: 'LTAIemuNoPerm', accessKeySecret: 'emuNoPermSecret' };
const { LibId, EntityId, SampleId } = DEMO_EDGES.brokenImageSample;
const where = { Algorithm: 'landmark', LibId };
const page = { PageNumber: '1', PageSize: '5' };
const READS = [
  ['ListRecognitionLibs', { Algorithm: 'landmark', ...page }],
  ['ListRecognitionEntities', { ...where, ...page }],
  ['ListRecognitionSamples', { ...where, EntityId, ...page }],
] as const;
const WRITES = [
  ['CreateRecognitionLib', { Algorithm: 'landmark', LibName: 'x' }],
  ['DeleteRecognitionLib', where],
  ['CreateRecognitionEntity', { ...where, EntityName: 'x' }],
  ['DeleteRecognitionEntity', { ...where, EntityId }],
  ['CreateRecognitionSample', { ...where, EntityId, ImageUrl: 'https://example.com/x.png' }],
  ['DeleteRecognitionSample', { ...where, EntityId, SampleId }],
] as const;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
});
afterAll(() => emulator.close());

describe.each([false, true])('the read-only key (RPC-signed: %s)', (rpc) => {
  it.each(READS)('when it calls %s, then the demo data comes back', async (action, params) => {
    const answer = await callAction(emulator, action, params, {
      region: 'cn-shanghai',
      key: READ_ONLY_ACCOUNT,
      rpc,
    });
    expect(answer.status).toBe(200);
    expect(answer.json.TotalCount).toBeGreaterThan(0);
  });

  it.each(WRITES)(
    'when it calls %s, then 403 Forbidden.RAM naming that action, and nothing changes',
    async (action, params) => {
      const before = JSON.stringify(emulator.state('cn-shanghai', 'landmark'));
      const answer = await callAction(emulator, action, params, {
        region: 'cn-shanghai',
        key: READ_ONLY_ACCOUNT,
        rpc,
      });
      expect(answer.status).toBe(403);
      expect(answer.json).toMatchObject({
        Code: 'Forbidden.RAM',
        AccessDeniedDetail: {
          AuthAction: `ice:${action}`,
          NoPermissionType: 'ImplicitDeny',
          AuthPrincipalDisplayName: 'emulator-read-only',
        },
      });
      expect(JSON.stringify(emulator.state('cn-shanghai', 'landmark'))).toBe(before);
    },
  );
});

describe('the key with no ice policy', () => {
  it.each([...READS, ...WRITES])(
    'when it calls %s, then Forbidden.RAM names that action',
    async (action, params) => {
      const answer = await callAction(emulator, action, params, { region: 'cn-shanghai', key: NO_PERM });
      expect(answer.json).toMatchObject({
        Code: 'Forbidden.RAM',
        AccessDeniedDetail: { AuthAction: `ice:${action}` },
      });
    },
  );
});
