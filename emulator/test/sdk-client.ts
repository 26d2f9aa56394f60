/**
 * Test-only: the real `@alicloud/openapi-client`, called the way Alibaba's generated SDKs call ICE (every
 * parameter in the query string of a POST with an empty body), V3-signed or, with `'v2'`, RPC-signed.
 * The packages are CommonJS with `exports.default`; under Node's ESM loader the class sits one level down.
 */
import OpenApiModule, { Config as OpenApiConfig, OpenApiRequest, Params } from '@alicloud/openapi-client';
import * as TeaUtil from '@alicloud/tea-util';
import { isRecord, type TestKey } from './hand-signed-request';

export { rowsOf } from './hand-signed-request';

function unwrapDefault<T>(module: T): T {
  if (typeof module === 'function') return module;
  const inner: unknown = (module as { default?: unknown }).default;
  return typeof inner === 'function' ? (inner as T) : module;
}

const OpenApiClient = unwrapDefault(OpenApiModule);
export type Signing = 'v3' | 'v2';

export interface SdkCaller {
  /** Resolves with the answer body; rejects with the SDK's error for a 4xx/5xx. */
  call(action: string, query: Record<string, string>): Promise<Record<string, unknown>>;
}

export function sdkCaller(endpoint: string, region: string, key: TestKey, signing: Signing): SdkCaller {
  const client = new OpenApiClient(
    new OpenApiConfig({
      accessKeyId: key.accessKeyId,
      accessKeySecret: key.accessKeySecret,
      ...(key.securityToken === undefined ? {} : { securityToken: key.securityToken }),
      endpoint,
      regionId: region,
      protocol: 'http',
      ...(signing === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
    }),
  );
  const runtime = new TeaUtil.RuntimeOptions({ readTimeout: 5000, connectTimeout: 5000, autoretry: false });
  return {
    async call(action, query) {
      const params = new Params({
        action,
        version: '2020-11-09',
        protocol: 'HTTPS',
        pathname: '/',
        method: 'POST',
        authType: 'AK',
        style: 'RPC',
        reqBodyType: 'formData',
        bodyType: 'json',
      });
      const response: unknown = await client.callApi(params, new OpenApiRequest({ query }), runtime);
      if (!isRecord(response) || !isRecord(response.body)) throw new Error('no body in the SDK response');
      return response.body;
    },
  };
}

/** The SDK's error for a 4xx/5xx: `code`, `statusCode` and the whole error body as `data`. */
export async function sdkError(
  call: Promise<unknown>,
): Promise<{ code: unknown; statusCode: unknown; data: Record<string, unknown> }> {
  const error: unknown = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isRecord(error)) throw new Error('the call succeeded or failed without an error object');
  return { code: error.code, statusCode: error.statusCode, data: isRecord(error.data) ? error.data : {} };
}
