/**
 * One SDK client per region, created once. Each signs its calls (V3 by default) and reuses connections through
 * the SDK's shared keep-alive agent. The SDK never retries by itself; retries live in retry.ts.
 */

import type { LibrariesQuery } from '@ice-console/shared/libraries';
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import { networkFailureOf, type UpstreamEndpoint, upstreamEndpoint } from './network-failure';
import { proxyFor } from './outbound-proxy';
import { type Credential, OpenApiClient, OpenApiConfig, OpenApiRequest, Params, RuntimeOptions } from './sdk';

export const ICE_API_VERSION = '2020-11-09';

export interface RegionClientOptions {
  credential: Credential;
  endpoints: Record<Region, string>;
  protocol: 'https' | 'http';
  signature: 'v3' | 'v2';
}

export type RegionClients = Record<Region, OpenApiClient>;

/** Where each client calls, to name the endpoint when a call gets no answer. */
const ADDRESSES = new WeakMap<OpenApiClient, UpstreamEndpoint>();

export function createRegionClients(options: RegionClientOptions): RegionClients {
  const entries = REGION_IDS.map((region) => {
    const config = new OpenApiConfig({
      credential: options.credential,
      endpoint: options.endpoints[region],
      regionId: region,
      protocol: options.protocol,
      ...(options.signature === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
    });
    const client = new OpenApiClient(config);
    ADDRESSES.set(client, upstreamEndpoint(options.endpoints[region], options.protocol));
    return [region, client] as const;
  });
  return Object.fromEntries(entries) as RegionClients;
}

/** The recognition family's actions (../shared/ICE-RECOGNITION.md), all called the same way. */
export type IceAction =
  | 'ListRecognitionLibs'
  | 'ListRecognitionEntities'
  | 'ListRecognitionSamples'
  | 'CreateRecognitionLib'
  | 'DeleteRecognitionLib'
  | 'CreateRecognitionEntity'
  | 'DeleteRecognitionEntity'
  | 'CreateRecognitionSample'
  | 'DeleteRecognitionSample';

/** The call as the generated SDKs make it (ICE-API.md): POST /, every field in the query, JSON back. */
export function actionParams(action: IceAction): Params {
  return new Params({
    action,
    version: ICE_API_VERSION,
    protocol: 'HTTPS',
    pathname: '/',
    method: 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
}

export const LIST_PARAMS = actionParams('ListRecognitionLibs');
const PARAMS = new Map<IceAction, Params>();

/**
 * One signed call, no retry; resolves with the answer's body, rejects with a NetworkFailure when no answer came,
 * else with the SDK's error.
 */
export async function callIce(
  client: OpenApiClient,
  action: IceAction,
  upstreamQuery: Record<string, string>,
  timeoutMs: number,
): Promise<unknown> {
  let params = PARAMS.get(action);
  if (params === undefined) {
    params = actionParams(action);
    PARAMS.set(action, params);
  }
  const runtime = new RuntimeOptions({ readTimeout: timeoutMs, connectTimeout: timeoutMs, autoretry: false });
  let response: unknown;
  try {
    response = await client.callApi(params, new OpenApiRequest({ query: upstreamQuery }), runtime);
  } catch (error) {
    const endpoint = ADDRESSES.get(client);
    const via = endpoint && proxyFor(endpoint.protocol, endpoint.host, endpoint.port);
    throw (endpoint && networkFailureOf(error, endpoint, via)) ?? error;
  }
  return typeof response === 'object' && response !== null
    ? (response as { body?: unknown }).body
    : undefined;
}

/** ListRecognitionLibs' fields from our query. */
export function libsQuery(query: LibrariesQuery): Record<string, string> {
  const upstreamQuery: Record<string, string> = {
    Algorithm: query.algorithm,
    PageNumber: String(query.pageNumber),
    PageSize: String(query.pageSize),
  };
  if (query.libId !== undefined && query.libId.length > 0) upstreamQuery.LibId = query.libId.join(',');
  return upstreamQuery;
}

export function callListRecognitionLibs(
  client: OpenApiClient,
  query: LibrariesQuery,
  timeoutMs: number,
): Promise<unknown> {
  return callIce(client, 'ListRecognitionLibs', libsQuery(query), timeoutMs);
}
