/**
 * The emulator against the real `@alicloud/openapi-client`, over real HTTP, in both of its signing modes:
 * V3 (signatureAlgorithm unset) and the legacy RPC HMAC-SHA1 ('v2').
 */

import { DEMO_ACCOUNT, type Emulator, startEmulator } from '@ice-console/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticKey, staticCredential } from './credentials';
import { LIST_PARAMS } from './region-clients';
import { OpenApiClient, OpenApiConfig, OpenApiRequest, RuntimeOptions } from './sdk';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function libsOf(body: Record<string, unknown>): Record<string, unknown>[] {
  const libs = isRecord(body.Libs) ? body.Libs.Lib : undefined;
  return Array.isArray(libs) ? libs.filter(isRecord) : [];
}

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;
const STS_KEY = { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret' };

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
});
afterAll(() => emulator.close());

async function callSdk(
  signature: 'v3' | 'v2',
  key: StaticKey,
  query: Record<string, string> = { Algorithm: 'landmark', PageNumber: '1', PageSize: '10' },
): Promise<Record<string, unknown>> {
  const client = new OpenApiClient(
    new OpenApiConfig({
      credential: staticCredential(key),
      endpoint: emulator.endpoints['cn-shanghai'],
      regionId: 'cn-shanghai',
      protocol: 'http',
      ...(signature === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
    }),
  );
  const runtime = new RuntimeOptions({ readTimeout: 2000, connectTimeout: 2000, autoretry: false });
  const response: unknown = await client.callApi(LIST_PARAMS, new OpenApiRequest({ query }), runtime);
  if (!isRecord(response) || !isRecord(response.body)) throw new Error('no body in the SDK response');
  return response.body;
}

/** The SDK's error for a 4xx/5xx: `code`, `statusCode` and the whole error body as `data`. */
async function sdkError(
  call: Promise<unknown>,
): Promise<{ code: unknown; statusCode: unknown; data: unknown }> {
  const error: unknown = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isRecord(error)) throw new Error('the call succeeded or failed without an error object');
  return { code: error.code, statusCode: error.statusCode, data: error.data };
}

describe.each(['v3', 'v2'] as const)('@alicloud/openapi-client signing with %s', (signature) => {
  it('when the demo key asks for the first Shanghai landmark page, then 10 of 180 come back, Large Model ACP first', async () => {
    const body = await callSdk(signature, DEMO_ACCOUNT);
    expect(body).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 180 });
    expect(body.RequestId).toMatch(UUID);
    const libs = libsOf(body);
    expect(libs).toHaveLength(10);
    expect(libs[0]).toMatchObject({
      LibName: 'Large Model ACP',
      LibDescription: 'Library for product recognition',
    });
  });

  it('when LibId lists IDs with a comma, then the SDK carries them and only those come back', async () => {
    const first = await callSdk(signature, DEMO_ACCOUNT, {
      Algorithm: 'logo',
      PageNumber: '1',
      PageSize: '3',
    });
    const ids = libsOf(first).map((lib) => String(lib.LibId));
    expect(ids).toHaveLength(3);
    const body = await callSdk(signature, DEMO_ACCOUNT, {
      Algorithm: 'logo',
      PageNumber: '1',
      PageSize: '50',
      LibId: `${ids[2]},${ids[0]}`,
    });
    expect(body.TotalCount).toBe(2);
    expect(libsOf(body).map((lib) => lib.LibId)).toEqual([ids[0], ids[2]]);
  });

  it('when the STS key comes with its token, then it is allowed', async () => {
    const body = await callSdk(signature, { ...STS_KEY, securityToken: 'emuToken' });
    expect(body.TotalCount).toBe(180);
  });

  it('when the STS key comes without a token, then MissingSecurityToken', async () => {
    expect(await sdkError(callSdk(signature, STS_KEY))).toMatchObject({
      code: 'MissingSecurityToken',
      statusCode: 400,
    });
  });

  it('when the STS key comes with a wrong token, then InvalidSecurityToken.Mismatch', async () => {
    expect(await sdkError(callSdk(signature, { ...STS_KEY, securityToken: 'emuToken2' }))).toMatchObject({
      code: 'InvalidSecurityToken.Mismatch',
      statusCode: 400,
    });
  });

  it('when the key lacks the RAM permission, then 403 Forbidden.RAM with AccessDeniedDetail', async () => {
    const error = await sdkError(
      callSdk(signature, { accessKeyId: 'LTAIemuNoPerm', accessKeySecret: 'emuNoPermSecret' }),
    );
    expect(error).toMatchObject({ code: 'Forbidden.RAM', statusCode: 403 });
    expect(error.data).toMatchObject({
      HostId: expect.any(String),
      Recommend: expect.any(String),
      RequestId: expect.stringMatching(UUID),
      AccessDeniedDetail: { AuthAction: 'ice:ListRecognitionLibs', NoPermissionType: 'ImplicitDeny' },
    });
  });

  it('when the key is disabled, then InvalidAccessKeyId.Inactive', async () => {
    const key = { accessKeyId: 'LTAIemuDisabled', accessKeySecret: 'emuDisabledSecret' };
    expect(await sdkError(callSdk(signature, key))).toMatchObject({
      code: 'InvalidAccessKeyId.Inactive',
      statusCode: 400,
    });
  });

  it('when the key is unknown, then 404 InvalidAccessKeyId.NotFound', async () => {
    const key = { accessKeyId: 'LTAIsomeoneElse', accessKeySecret: 'emuDemoSecret' };
    expect(await sdkError(callSdk(signature, key))).toMatchObject({
      code: 'InvalidAccessKeyId.NotFound',
      statusCode: 404,
    });
  });

  it('when the secret is wrong, then SignatureDoesNotMatch', async () => {
    const key = { ...DEMO_ACCOUNT, accessKeySecret: 'emuDemoSecret!' };
    expect(await sdkError(callSdk(signature, key))).toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('when PageSize is missing, then MissingPageSize in the service words', async () => {
    const error = await sdkError(callSdk(signature, DEMO_ACCOUNT, { Algorithm: 'face', PageNumber: '1' }));
    expect(error).toMatchObject({
      code: 'MissingPageSize',
      statusCode: 400,
      data: { Message: 'PageSize is mandatory for this action.' },
    });
  });
});
