/**
 * A call that never got an answer from Alibaba Cloud, with what the operator needs to fix it: the endpoint it
 * tried (host and port, known from the region's client, not read from the error), the network cause in a word
 * and the system code behind it (`ENOTFOUND`, `CERT_HAS_EXPIRED`…). Built from the SDK's raw error, whose
 * message is never kept: httpx appends the whole request URL to it, and with V2 signing that URL holds the
 * AccessKeyId and the signature.
 */
import type { NetworkCause } from '@ice-console/shared/network-causes';

export interface UpstreamAddress {
  host: string;
  port: number;
}

export interface UpstreamEndpoint extends UpstreamAddress {
  protocol: 'https' | 'http';
}

const CAUSE_OF_CODE: Record<string, NetworkCause> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timeout',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ERR_PROXY_TUNNEL: 'proxy',
  // outbound-proxy.ts: the proxy answered 407, wanting a user and password (or other ones).
  ERR_PROXY_AUTH_REQUIRED: 'proxy',
};

/** Node's TLS failures: OpenSSL's verification codes, its `ERR_SSL_*` and Node's `ERR_TLS_*`. */
const TLS_CODE =
  /^(ERR_TLS_|ERR_SSL_|EPROTO$)|CERT|^(DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED)/;
const SYSTEM_CODE_SHAPE = /^[A-Z][A-Z0-9_]{1,63}$/;

export class NetworkFailure extends Error {
  constructor(
    readonly networkCause: NetworkCause,
    readonly address: UpstreamAddress,
    /**
     * Node's code (`ECONNREFUSED`), or `ReadTimeout`/`ConnectTimeout` for the SDK's own timers; named `code` as on
     * Node's errors, which write-failure.ts reads to know whether a write was never sent.
     */
    readonly code: string,
  ) {
    super(`${address.host}:${address.port} ${code}`);
    this.name = 'NetworkFailure';
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The cause and code of a raw error that is a network failure, or undefined when the service did answer. */
export function classifyNetworkError(error: unknown): { cause: NetworkCause; code: string } | undefined {
  // An answer with a status (even a 5xx) came from the service: not a network failure.
  if (field(field(error, 'data'), 'statusCode') !== undefined) return undefined;
  const code = field(error, 'code');
  if (typeof code === 'string' && SYSTEM_CODE_SHAPE.test(code)) {
    const cause = CAUSE_OF_CODE[code] ?? (TLS_CODE.test(code) ? 'tls' : undefined);
    if (cause !== undefined) return { cause, code };
  }
  const name = String(field(error, 'name'));
  const message = String(field(error, 'message'));
  // httpx's own timers: `RequestTimeoutError` with "ConnectTimeout: …" or "ReadTimeout(3000). …".
  if (/Timeout/.test(name)) {
    return { cause: 'timeout', code: /ConnectTimeout/.test(message) ? 'ConnectTimeout' : 'ReadTimeout' };
  }
  if (/socket hang up/i.test(message)) return { cause: 'reset', code: 'ECONNRESET' };
  return undefined;
}

/**
 * The failure of a call to `address`. Through a proxy (`via`), a connection error is the proxy's: a failure beyond
 * it comes back as the proxy's HTTP answer, not as a socket error; only TLS runs end to end through the tunnel.
 */
export function networkFailureOf(
  error: unknown,
  address: UpstreamAddress,
  via: string | undefined,
): NetworkFailure | undefined {
  const found = classifyNetworkError(error);
  if (found === undefined) return undefined;
  if (via !== undefined && found.cause !== 'tls') {
    const proxy = new URL(via);
    const port = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
    return new NetworkFailure('proxy', { host: proxy.hostname, port }, found.code);
  }
  return new NetworkFailure(found.cause, address, found.code);
}

/** `host:port` from an SDK endpoint (`host`, `host:port`, `[v6]:port`), with the protocol's default port. */
export function upstreamEndpoint(endpoint: string, protocol: 'https' | 'http'): UpstreamEndpoint {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(endpoint);
  const host = match?.[1] ?? endpoint;
  const port = match?.[2] === undefined ? (protocol === 'https' ? 443 : 80) : Number(match[2]);
  return { host, port, protocol };
}
