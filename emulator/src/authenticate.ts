/**
 * Authenticates a request the way the gateway does, for both signature versions, in this order (docs/emulator.md):
 * signature structure, timestamp, access key, signature, security token, nonce.
 */
import { timingSafeEqual } from 'node:crypto';
import { type EmulatorAccount, findAccount } from './accounts';
import type { NonceStore } from './nonce-store';
import { ServiceError } from './service-error';
import { rpcSignature } from './signature-rpc';
import { parseV3Authorization, sha256Hex, v3Signature } from './signature-v3';

export interface IncomingCall {
  method: string;
  /** Header values by lower-case name. */
  headers: Readonly<Record<string, string>>;
  query: ReadonlyArray<readonly [string, string]>;
  /** Parameters of a form-encoded body. */
  form: ReadonlyArray<readonly [string, string]>;
  body: Buffer;
}

export interface AuthenticatedCall {
  account: EmulatorAccount;
  action: string | undefined;
  version: string | undefined;
  /** The API's own parameters, from the query and the form body. */
  params: Map<string, string>;
}

const SKEW_MS = 15 * 60 * 1000;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const RPC_COMMON = new Set([
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'SignatureNonce',
  'Timestamp',
  'SignatureMethod',
  'SignatureVersion',
  'Signature',
  'SecurityToken',
  'RegionId',
]);

function checkTimestamp(value: string, now: number): void {
  const m = TIMESTAMP.exec(value);
  const time = m
    ? Date.UTC(+(m[1] ?? 0), +(m[2] ?? 0) - 1, +(m[3] ?? 0), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
    : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 19) !== value.slice(0, 19)) {
    throw ServiceError.of('InvalidTimeStamp.Format');
  }
  if (Math.abs(now - time) > SKEW_MS) throw ServiceError.of('InvalidTimeStamp.Expired');
}

function activeAccount(accessKeyId: string): EmulatorAccount {
  const account = findAccount(accessKeyId);
  if (!account) throw ServiceError.of('InvalidAccessKeyId.NotFound');
  if (account.behaviour === 'disabled') throw ServiceError.of('InvalidAccessKeyId.Inactive');
  return account;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function checkToken(account: EmulatorAccount, token: string | undefined): void {
  if (account.securityToken === undefined) return;
  if (token === undefined || token === '') throw ServiceError.of('MissingSecurityToken');
  if (!sameText(token, account.securityToken)) throw ServiceError.of('InvalidSecurityToken.Mismatch');
}

function authenticateV3(
  call: IncomingCall,
  authorization: string,
  nonces: NonceStore,
  now: number,
): AuthenticatedCall {
  const auth = parseV3Authorization(authorization);
  const { headers } = call;
  const date = headers['x-acs-date'];
  const nonce = headers['x-acs-signature-nonce'];
  const contentHash = headers['x-acs-content-sha256'];
  if (!auth || date === undefined || nonce === undefined || contentHash === undefined) {
    throw ServiceError.of('IncompleteSignature');
  }
  // Every header that carries meaning must be signed, or it could be changed in flight.
  const mustSign = Object.keys(headers).filter(
    (n) => n === 'host' || n === 'content-type' || n.startsWith('x-acs-'),
  );
  if (mustSign.some((name) => !auth.signedHeaders.includes(name)))
    throw ServiceError.of('IncompleteSignature');
  checkTimestamp(date, now);
  const account = activeAccount(auth.accessKeyId);
  const expected = v3Signature(account.accessKeySecret, {
    method: call.method,
    query: call.query,
    headers,
    signedHeaders: auth.signedHeaders,
    hashedPayload: contentHash,
  });
  if (!sameText(expected, auth.signature) || !sameText(sha256Hex(call.body), contentHash)) {
    throw ServiceError.of('SignatureDoesNotMatch');
  }
  checkToken(account, headers['x-acs-security-token']);
  if (!nonces.remember(nonce, now)) throw ServiceError.of('SignatureNonceUsed');
  return {
    account,
    action: headers['x-acs-action'],
    version: headers['x-acs-version'],
    params: new Map([...call.query, ...call.form]),
  };
}

function authenticateRpc(call: IncomingCall, nonces: NonceStore, now: number): AuthenticatedCall {
  const all = [...call.query, ...call.form];
  const params = new Map(all);
  const get = (name: string) => params.get(name);
  const nonce = get('SignatureNonce');
  const timestamp = get('Timestamp');
  const accessKeyId = get('AccessKeyId');
  const signature = get('Signature');
  if (
    nonce === undefined ||
    timestamp === undefined ||
    accessKeyId === undefined ||
    signature === undefined ||
    get('SignatureMethod') !== 'HMAC-SHA1' ||
    get('SignatureVersion') !== '1.0'
  ) {
    throw ServiceError.of('IncompleteSignature');
  }
  checkTimestamp(timestamp, now);
  const account = activeAccount(accessKeyId);
  if (!sameText(rpcSignature(account.accessKeySecret, call.method, all), signature)) {
    throw ServiceError.of('SignatureDoesNotMatch');
  }
  checkToken(account, get('SecurityToken'));
  if (!nonces.remember(nonce, now)) throw ServiceError.of('SignatureNonceUsed');
  const apiParams = new Map([...params].filter(([name]) => !RPC_COMMON.has(name)));
  return { account, action: get('Action'), version: get('Version'), params: apiParams };
}

export function authenticate(call: IncomingCall, nonces: NonceStore, now: number): AuthenticatedCall {
  const authorization = call.headers.authorization;
  if (authorization !== undefined) return authenticateV3(call, authorization, nonces, now);
  if (call.query.some(([name]) => name === 'Signature') || call.form.some(([name]) => name === 'Signature')) {
    return authenticateRpc(call, nonces, now);
  }
  throw ServiceError.of('IncompleteSignature');
}
