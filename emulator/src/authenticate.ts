/**
 * Authenticates a request the way the gateway does, for both signature versions, in this order (docs/emulator.md):
 * signature structure, timestamp, access key, signature, security token, nonce.
 */
import type { EmulatorAccount } from './accounts';
import { activeAccount, checkTimestamp, checkToken, sameText } from './auth-checks';
import type { NonceStore } from './nonce-store';
import { ServiceError } from './service-error';
import { rpcSignatureOf, rpcStringToSign } from './signature-rpc';
import {
  parseV3Authorization,
  sha256Hex,
  v3CanonicalRequest,
  v3SignatureOf,
  v3StringToSign,
} from './signature-v3';

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
  const canonicalRequest = v3CanonicalRequest({
    method: call.method,
    query: call.query,
    headers,
    signedHeaders: auth.signedHeaders,
    hashedPayload: contentHash,
  });
  const stringToSign = v3StringToSign(canonicalRequest);
  const expected = v3SignatureOf(account.accessKeySecret, stringToSign);
  if (!sameText(expected, auth.signature) || !sameText(sha256Hex(call.body), contentHash)) {
    // No public example of the V3 text exists: ours adds the canonical request and the key, as RPC's text has them.
    throw ServiceError.signatureMismatch(
      `${stringToSign}, server canonical request is:${canonicalRequest}, access key id is:${auth.accessKeyId}`,
    );
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
  const stringToSign = rpcStringToSign(call.method, all);
  if (!sameText(rpcSignatureOf(account.accessKeySecret, stringToSign), signature)) {
    throw ServiceError.signatureMismatch(stringToSign);
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

/**
 * The action a call names, before anything is verified: what the gateway routes on, and so what per-action faults
 * and counters key on (an unsigned call still names one).
 */
export function claimedAction(call: IncomingCall): string | undefined {
  if (call.headers.authorization !== undefined) return call.headers['x-acs-action'];
  for (const [name, value] of call.query) if (name === 'Action') return value;
  for (const [name, value] of call.form) if (name === 'Action') return value;
  return undefined;
}
