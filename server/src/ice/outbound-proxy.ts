/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY for the calls to Alibaba Cloud.
 *
 * The SDK declares proxy options (`Config.httpProxy`, `httpsProxy`, `noProxy`) and copies them into each call's
 * runtime, but its transport never reads them: `@alicloud/tea-typescript`'s `doAction` (1.8.0, and its current
 * source) builds the request for httpx from the timeouts, TLS files and keep-alive only. So the routing is done
 * one level down, in httpx, the one HTTP client that both the SDK and the credential providers call: every request
 * gets httpx's own `beforeRequest` hook, which gives it a proxy agent (`https-proxy-agent`: a CONNECT tunnel, TLS
 * to the endpoint inside it; `http-proxy-agent` for plain http, as the emulator speaks) unless NO_PROXY names the
 * host. Process-wide, as the variables themselves are; `routeOutboundCalls` sets the rules for the next calls.
 */

import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import * as httpxModule from 'httpx';
import type { OutboundProxy } from '../config';

type RequestOptions = { host?: unknown; port?: unknown; agent?: unknown; [key: string]: unknown };
interface HttpxOptions {
  beforeRequest?: (options: RequestOptions) => RequestOptions;
  [key: string]: unknown;
}
type HttpxRequest = (url: string, options?: HttpxOptions) => Promise<unknown>;
interface HttpxExports {
  request: HttpxRequest;
}

// httpx is CommonJS: its exports object is the namespace's `default` (Node's ESM loader and esbuild alike), and the
// SDK looks `request` up on that object at each call, so replacing it there reaches the SDK's calls.
const httpx: HttpxExports =
  (httpxModule as unknown as { default?: HttpxExports }).default ?? (httpxModule as unknown as HttpxExports);
const originalRequest = httpx.request;

/** The ECS metadata service answers only on the instance's own link: never through a proxy. */
const ALWAYS_DIRECT = new Set(['100.100.100.200']);

let current: OutboundProxy | undefined;
const agents = new Map<string, HttpProxyAgent<string> | HttpsProxyAgent<string>>();

/** Whether NO_PROXY names this host (`example.com`, `.example.com` or `*.example.com` for its subdomains, `*`). */
export function bypassesProxy(host: string, port: number, noProxy: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (ALWAYS_DIRECT.has(name)) return true;
  return noProxy.some((raw) => {
    if (raw === '*') return true;
    const portMatch = /^(.*?)(?::(\d+))?$/.exec(raw.replace(/^\[|\]$/g, ''));
    const entry = (portMatch?.[1] ?? raw).replace(/^\*?\./, '.');
    if (portMatch?.[2] !== undefined && Number(portMatch[2]) !== port) return false;
    return entry.startsWith('.') ? name.endsWith(entry) || name === entry.slice(1) : name === entry;
  });
}

/** The proxy URL a call to this endpoint goes through, or undefined for a direct connection. */
export function proxyFor(protocol: 'https' | 'http', host: string, port: number): string | undefined {
  if (current === undefined) return undefined;
  const proxy = protocol === 'https' ? current.httpsProxy : current.httpProxy;
  if (proxy === undefined || bypassesProxy(host, port, current.noProxy)) return undefined;
  return proxy;
}

function agentFor(
  protocol: 'https' | 'http',
  proxy: string,
): HttpProxyAgent<string> | HttpsProxyAgent<string> {
  const key = `${protocol} ${proxy}`;
  let agent = agents.get(key);
  if (agent === undefined) {
    agent =
      protocol === 'https'
        ? new HttpsProxyAgent(proxy, { keepAlive: true })
        : new HttpProxyAgent(proxy, { keepAlive: true });
    agents.set(key, agent);
  }
  return agent;
}

function routedRequest(url: string, options: HttpxOptions = {}): Promise<unknown> {
  const target = new URL(url);
  const protocol = target.protocol === 'https:' ? 'https' : 'http';
  const port = target.port === '' ? (protocol === 'https' ? 443 : 80) : Number(target.port);
  const proxy = proxyFor(protocol, target.hostname, port);
  if (proxy === undefined) return originalRequest(url, options);
  const agent = agentFor(protocol, proxy);
  const previous = options.beforeRequest;
  const answered = originalRequest(url, {
    ...options,
    beforeRequest: (request) => {
      const adjusted = previous ? previous(request) : request;
      return { ...adjusted, agent, secureEndpoint: protocol === 'https' };
    },
  });
  return answered.then(refuseProxyAuthentication);
}

/**
 * A proxy that wants credentials answers 407 in place of the endpoint (for a refused CONNECT the agent hands its
 * answer to the request): only a proxy sends 407, so it is turned into the network failure it is, rather than
 * left for the SDK to read as a garbled answer from Alibaba Cloud.
 */
function refuseProxyAuthentication(response: unknown): unknown {
  if ((response as { statusCode?: unknown }).statusCode !== 407) return response;
  (response as { resume?: () => void }).resume?.();
  throw Object.assign(new Error('The outbound proxy asked for credentials (407).'), {
    code: 'ERR_PROXY_AUTH_REQUIRED',
  });
}

/** Sets the proxy rules for every later call (undefined or no proxy URL: direct connections). */
export function routeOutboundCalls(proxy: OutboundProxy | undefined): void {
  current = proxy;
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
  httpx.request =
    proxy?.httpsProxy === undefined && proxy?.httpProxy === undefined ? originalRequest : routedRequest;
}
