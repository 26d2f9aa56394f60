/**
 * Test-only: builds requests signed by hand, V3 or RPC, written again from ../shared/ICE-API.md without the
 * emulator's own signature code, so that a mistake shared by both sides cannot make the tests pass.
 * A request is plain data, so tests can tamper with any part of it after signing.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';

export interface TestKey {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

export interface SignOptions {
  /** `host:port`, as the emulator's endpoints give it. */
  endpoint: string;
  method: 'GET' | 'POST';
  params: Record<string, string>;
  /** Where the parameters travel: the query string, or a form-encoded body (POST). */
  placement: 'query' | 'form';
  key: TestKey;
  action?: string;
  version?: string;
  /** `yyyy-MM-ddTHH:mm:ssZ` unless a test wants it broken. */
  timestamp?: string;
  nonce?: string;
}

export interface PreparedRequest {
  method: 'GET' | 'POST';
  endpoint: string;
  /** Name and value pairs of the query string, not yet encoded. */
  query: [string, string][];
  headers: Record<string, string>;
  body: string;
  /** What the signer signed (V3: the canonical request's hash line too), to compare with the server's account. */
  stringToSign?: string;
  /** V3 only. */
  canonicalRequest?: string;
}

export const FORM_TYPE = 'application/x-www-form-urlencoded';

export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** RFC 3986, byte by byte: only A-Z a-z 0-9 - _ . ~ stay as they are. */
export function encodeRfc3986(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function encodePairs(pairs: ReadonlyArray<readonly [string, string]>): string {
  // Sorted by encoded name, then value: sorting the joined `k=v` text would put `a1` before `a`.
  return pairs
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)])
    .sort(([a = '', av = ''], [b = '', bv = '']) => byCodePoint(a, b) || byCodePoint(av, bv))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function signV3(options: SignOptions): PreparedRequest {
  const { key, endpoint, method, params, placement } = options;
  const pairs = Object.entries(params);
  const query = placement === 'query' ? pairs : [];
  const body = placement === 'form' ? encodePairs(pairs) : '';
  const headers: Record<string, string> = {
    host: endpoint,
    'x-acs-action': options.action ?? 'ListRecognitionLibs',
    'x-acs-version': options.version ?? '2020-11-09',
    'x-acs-date': options.timestamp ?? isoSeconds(new Date()),
    'x-acs-signature-nonce': options.nonce ?? randomUUID(),
    'x-acs-content-sha256': sha256(body),
  };
  if (placement === 'form') headers['content-type'] = FORM_TYPE;
  if (key.securityToken !== undefined) headers['x-acs-security-token'] = key.securityToken;
  const names = Object.keys(headers).sort();
  const canonical = [
    method,
    '/',
    encodePairs(query),
    names.map((name) => `${name}:${headers[name]?.trim()}\n`).join(''),
    names.join(';'),
    headers['x-acs-content-sha256'],
  ].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${sha256(canonical)}`;
  const signature = createHmac('sha256', key.accessKeySecret).update(stringToSign).digest('hex');
  headers.authorization = `ACS3-HMAC-SHA256 Credential=${key.accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}`;
  return { method, endpoint, query, headers, body, stringToSign, canonicalRequest: canonical };
}

export function signRpc(options: SignOptions): PreparedRequest {
  const { key, endpoint, method, placement } = options;
  const params: Record<string, string> = {
    ...options.params,
    Action: options.action ?? 'ListRecognitionLibs',
    Version: options.version ?? '2020-11-09',
    Format: 'JSON',
    AccessKeyId: key.accessKeyId,
    SignatureNonce: options.nonce ?? randomUUID(),
    Timestamp: options.timestamp ?? isoSeconds(new Date()),
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
  };
  if (key.securityToken !== undefined) params.SecurityToken = key.securityToken;
  const stringToSign = `${method}&%2F&${encodeRfc3986(encodePairs(Object.entries(params)))}`;
  params.Signature = createHmac('sha1', `${key.accessKeySecret}&`).update(stringToSign).digest('base64');
  const pairs = Object.entries(params);
  if (placement === 'query') return { method, endpoint, query: pairs, headers: {}, body: '', stringToSign };
  const headers = { 'content-type': FORM_TYPE };
  return { method, endpoint, query: [], headers, body: encodePairs(pairs), stringToSign };
}

export function requestUrl(request: PreparedRequest): string {
  const search = encodePairs(request.query);
  return `http://${request.endpoint}/${search ? `?${search}` : ''}`;
}

export interface ServiceAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body. */
  json: Record<string, unknown>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sends a prepared request over real HTTP; fetch sets `Host` to the endpoint, as the signature expects. */
export async function send(request: PreparedRequest): Promise<ServiceAnswer> {
  const { host: _host, ...headers } = request.headers;
  const response = await fetch(requestUrl(request), {
    method: request.method,
    headers,
    // Bytes, not a string: fetch would add an unsigned `content-type: text/plain` to a string body.
    ...(request.method === 'POST' ? { body: Buffer.from(request.body) } : {}),
  });
  const parsed: unknown = JSON.parse(await response.text());
  if (!isRecord(parsed)) throw new Error('the answer is not a JSON object');
  return { status: response.status, headers: response.headers, json: parsed };
}

/** The `Libs.Lib` rows of a ListRecognitionLibs answer; empty when the shape is not the service's. */
export function libsOf(json: Record<string, unknown>): Record<string, unknown>[] {
  const libs = isRecord(json.Libs) ? json.Libs.Lib : undefined;
  return Array.isArray(libs) ? libs.filter(isRecord) : [];
}

/** The rows under `Outer.Inner` of any list answer, e.g. `Samples.Sample`; empty when the shape is not that. */
export function rowsOf(
  json: Record<string, unknown>,
  outer: string,
  inner: string,
): Record<string, unknown>[] {
  const holder = json[outer];
  const rows = isRecord(holder) ? holder[inner] : undefined;
  return Array.isArray(rows) ? rows.filter(isRecord) : [];
}
