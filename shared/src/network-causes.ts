/**
 * Why Alibaba Cloud could not be reached, in a few words a browser can show: the network failure behind an
 * `UpstreamUnreachable` or `UpstreamTimeout`. Free of zod: the browser imports it.
 * - `dns`: the endpoint's name did not resolve (ENOTFOUND, EAI_AGAIN);
 * - `refused`: nothing listens there (ECONNREFUSED);
 * - `timeout`: no connection or no answer in time (ETIMEDOUT, the SDK's connect or read timeout);
 * - `tls`: the secure connection failed (an expired or self-signed certificate, a name mismatch, not TLS at all);
 * - `reset`: the connection was cut (ECONNRESET, EPIPE, a socket hang up);
 * - `unreachable`: no route to the host (EHOSTUNREACH, ENETUNREACH);
 * - `proxy`: the outbound proxy (HTTPS_PROXY) refused or failed the connection.
 */
export const NETWORK_CAUSES = ['dns', 'refused', 'timeout', 'tls', 'reset', 'unreachable', 'proxy'] as const;
export type NetworkCause = (typeof NETWORK_CAUSES)[number];
