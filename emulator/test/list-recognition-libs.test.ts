/** ListRecognitionLibs over real HTTP, hand-signed: parameter checks, LibId filtering and paging. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../src/accounts';
import { generateDemoData } from '../src/demo-data';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { libsOf, type ServiceAnswer, send, signRpc, signV3 } from './hand-signed-request';

const data = generateDemoData();
const LANDMARKS = data['cn-shanghai'].landmark;
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
});
afterAll(() => emulator.close());

function list(params: Record<string, string>, region: 'cn-shanghai' | 'cn-beijing' = 'cn-shanghai') {
  return send(
    signV3({
      endpoint: emulator.endpoints[region],
      method: 'POST',
      placement: 'query',
      key: DEMO_ACCOUNT,
      params,
    }),
  );
}
const page = (n: number, size: number, more: Record<string, string> = {}) =>
  list({ Algorithm: 'landmark', PageNumber: String(n), PageSize: String(size), ...more });
const ids = (answer: ServiceAnswer) => libsOf(answer.json).map((lib) => lib.LibId);

describe('ListRecognitionLibs parameters', () => {
  it.each([
    ['Algorithm', { PageNumber: '1', PageSize: '10' }],
    ['PageNumber', { Algorithm: 'logo', PageSize: '10' }],
    ['PageSize', { Algorithm: 'logo', PageNumber: '1' }],
    ['Algorithm', { Algorithm: '', PageNumber: '1', PageSize: '10' }],
  ])('when %s is missing, then Missing%s with the mandatory message', async (name, params) => {
    const answer = await list(params);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      Code: `Missing${name}`,
      Message: `${name} is mandatory for this action.`,
    });
  });

  it.each([
    ['Algorithm', { Algorithm: 'Landmark' }],
    ['Algorithm', { Algorithm: 'scene' }],
    ['PageNumber', { PageNumber: '0' }],
    ['PageNumber', { PageNumber: '-1' }],
    ['PageNumber', { PageNumber: '1.5' }],
    ['PageNumber', { PageNumber: 'one' }],
    ['PageSize', { PageSize: '0' }],
    ['PageSize', { PageSize: '51' }],
    ['PageSize', { PageSize: '1e1' }],
    ['LibId', { LibId: 'a,,b' }],
    ['LibId', { LibId: 'has space' }],
    ['LibId', { LibId: Array.from({ length: 101 }, (_, i) => `lib${i}`).join(',') }],
  ])('when %s is %j, then InvalidParameter with errorMsg: naming it', async (name, bad) => {
    const answer = await list({ Algorithm: 'landmark', PageNumber: '1', PageSize: '10', ...bad });
    expect(answer.status).toBe(400);
    expect(answer.json.Code).toBe('InvalidParameter');
    expect(answer.json.Message).toMatch(new RegExp(`^errorMsg:${name} `));
  });

  it('when PageSize is 50 and PageNumber is large, then both are accepted', async () => {
    expect((await page(1, 50)).json).toMatchObject({ PageSize: 50, TotalCount: 180 });
    expect((await page(1_000_000, 1)).status).toBe(200);
  });
});

describe('ListRecognitionLibs data', () => {
  it('when walking every page, then the pages neither overlap nor skip and follow the stable order', async () => {
    const seen: unknown[] = [];
    for (let n = 1; n <= 4; n++) seen.push(...ids(await page(n, 50)));
    expect(seen).toEqual(LANDMARKS.map((lib) => lib.LibId));
    // Asking again gives the same order, so a user paging back and forth sees the same rows.
    expect(ids(await page(2, 50))).toEqual(seen.slice(50, 100));
  });

  it('when asking past the end, then an empty Lib array with the true TotalCount', async () => {
    const answer = await page(5, 50);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ PageNumber: 5, PageSize: 50, TotalCount: 180, Libs: { Lib: [] } });
  });

  it('when LibId lists known, unknown and other-region IDs, then only the matches come back, in order, and counted', async () => {
    const wanted = [LANDMARKS[120], LANDMARKS[3], LANDMARKS[60]].map((lib) => lib?.LibId ?? '');
    const elsewhere = data['cn-beijing'].landmark[0]?.LibId ?? '';
    const libId = [...wanted, 'ffffffffffffffffffffffffffffffff', elsewhere].join(',');
    const first = await page(1, 2, { LibId: libId });
    expect(first.json.TotalCount).toBe(3);
    expect(ids(first)).toEqual([wanted[1], wanted[2]]);
    const second = await page(2, 2, { LibId: libId });
    expect(second.json.TotalCount).toBe(3);
    expect(ids(second)).toEqual([wanted[0]]);
    expect(libsOf(second.json)[0]).toEqual(LANDMARKS[120]);
  });

  it('when only unknown IDs are listed, then no libraries and a TotalCount of 0', async () => {
    const answer = await page(1, 10, { LibId: 'lib1,lib2,lib3' });
    expect(answer.json).toMatchObject({ TotalCount: 0, Libs: { Lib: [] } });
  });

  it('when the same query goes to another region, then that region answers with its own libraries', async () => {
    const beijing = await list({ Algorithm: 'object', PageNumber: '1', PageSize: '5' }, 'cn-beijing');
    expect(beijing.json.TotalCount).toBe(1234);
    expect(ids(beijing)).toEqual(data['cn-beijing'].object.slice(0, 5).map((lib) => lib.LibId));
  });

  it('when the call is RPC-signed with a form body, then hostile text comes back byte for byte in JSON', async () => {
    const answer = await send(
      signRpc({
        endpoint: emulator.endpoints['cn-shanghai'],
        method: 'POST',
        placement: 'form',
        key: DEMO_ACCOUNT,
        params: { Algorithm: 'landmark', PageNumber: '1', PageSize: '10' },
      }),
    );
    expect(libsOf(answer.json)).toEqual(LANDMARKS.slice(0, 10));
  });
});
