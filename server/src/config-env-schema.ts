/**
 * The environment variables the server reads, as one zod schema: names, defaults and bounds. config.ts turns the
 * parsed values into the Config; docs/configuration.md explains each variable.
 */
import { DEFAULT_REGION, REGION_IDS } from '@ice-console/shared/regions';
import { z } from 'zod';
import { parseBasePath } from './base-path-setting';
import { weakTokenProblem } from './dashboard-token-rule';
import { parseTrustProxy, type TrustProxy } from './trust-proxy-setting';

/**
 * A whole number within bounds. Every message here follows the given value in config.ts's wording
 * (`PORT: "abc" is not a port number (0 to 65535).`), and says why a bound is what it is.
 */
const integer = (fallback: number, min: number, max: number, what: string, why?: string) =>
  z
    .string()
    .transform((text, ctx) => {
      const value = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
      if (value >= min && value <= max) return value;
      const range = `${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
      ctx.addIssue({ code: 'custom', message: `is not ${what} from ${range}${why ? ` (${why})` : ''}` });
      return z.NEVER;
    })
    .default(fallback);

const milliseconds = (fallback: number, min: number, max: number, why?: string) =>
  integer(fallback, min, max, 'a time in milliseconds', why);

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `is not one of: ${values.join(', ')}` });

/** Per-region endpoint overrides: ICE_ENDPOINT_CN_SHANGHAI=host[:port]. */
export const endpointVariable = (region: string) =>
  `ICE_ENDPOINT_${region.toUpperCase().replaceAll('-', '_')}`;

const endpointSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/,
    'is not host or host:port (no scheme, no path), e.g. ice.cn-shanghai.aliyuncs.com or 127.0.0.1:4100',
  );

/** A host name (or IP) with an optional port, as a browser sends it in `Host`. */
const HOST_ENTRY =
  /^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/;

/** ALLOWED_HOSTS: comma-separated host names; each entry is checked, since a URL or a wildcard would never match. */
const allowedHostsSchema = z
  .string()
  .transform((text, ctx) => {
    const entries = text
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean);
    for (const entry of entries) {
      const port = HOST_ENTRY.exec(entry)?.[1];
      if (port === undefined ? HOST_ENTRY.test(entry) : Number(port) >= 1 && Number(port) <= 65535) continue;
      ctx.addIssue({
        code: 'custom',
        message:
          `"${entry.slice(0, 100)}" is not a host name: give names such as dash.example.com or ` +
          'dash.example.com:8443, comma-separated, without a scheme, path, space or wildcard',
      });
    }
    return entries;
  })
  .default([]);

/** An outbound proxy's URL (HTTPS_PROXY, HTTP_PROXY): http:// or https://, host and optional port, nothing else. */
const proxyUrlSchema = z
  .string()
  .refine((text) => {
    try {
      const url = new URL(text);
      return (
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        (url.pathname === '/' || url.pathname === '')
      );
    } catch {
      return false;
    }
  }, 'is not a proxy URL: give http://host:port (user:password@ allowed; https:// for a TLS proxy; no SOCKS)')
  .optional();

export const envSchema = z.object({
  PORT: integer(8080, 0, 65535, 'a port number', '0 picks a free port'),
  HOST: z.string().min(1).default('127.0.0.1'),
  ICE_MODE: oneOf(['auto', 'cloud', 'emulator']).default('auto'),
  DEFAULT_REGION: z
    .enum(REGION_IDS, { error: `is not one of: ${REGION_IDS.join(', ')}` })
    .default(DEFAULT_REGION),
  ICE_ENDPOINT_TYPE: oneOf(['public', 'vpc']).default('public'),
  ...Object.fromEntries(REGION_IDS.map((region) => [endpointVariable(region), endpointSchema.optional()])),
  ICE_PROTOCOL: oneOf(['https', 'http']).default('https'),
  ICE_SIGNATURE: oneOf(['v3', 'v2']).default('v3'),
  ICE_TIMEOUT_MS: milliseconds(
    3000,
    100,
    60_000,
    'one call to Alibaba Cloud; a minute is far beyond a healthy call',
  ),
  ICE_DEADLINE_MS: milliseconds(
    8000,
    100,
    120_000,
    'one page request, retries included; a person waits no longer',
  ),
  ICE_MAX_RETRIES: integer(
    2,
    0,
    2,
    'a number of retries',
    'each retry spends the account’s 50 calls per second, shared with its other programs',
  ),
  ICE_QPS_BUDGET: integer(
    10,
    1,
    50,
    'a number of calls per second',
    'the account allows 50 calls per second in all, shared with its other programs',
  ),
  ICE_QUEUE_MAX_WAIT_MS: milliseconds(
    2000,
    0,
    60_000,
    'how long a call may wait for the budget before a 429',
  ),
  CACHE_TTL_MS: milliseconds(
    30_000,
    0,
    3_600_000,
    'an hour at most: older pages would hide changes made elsewhere',
  ),
  CACHE_MAX_ENTRIES: integer(1000, 1, 1_000_000, 'a number of pages'),
  CACHE_MAX_BYTES: integer(
    32 * 1024 * 1024,
    1024,
    64 * 1024 * 1024,
    'a size in bytes',
    'npm start caps the server’s heap at 128 MiB, and the cache may take half of it',
  ),
  DASHBOARD_TOKEN: z
    .string()
    .superRefine((token, ctx) => {
      const problem = weakTokenProblem(token);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `is too weak: it ${problem}` });
    })
    .optional(),
  ALLOWED_HOSTS: allowedHostsSchema,
  TRUST_PROXY: z
    .string()
    .transform((text, ctx): TrustProxy => {
      const parsed = parseTrustProxy(text);
      if ('value' in parsed) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `is refused: ${parsed.problem}` });
      return z.NEVER;
    })
    .default(false),
  // The doors' own timeouts: a client that is slow to send its headers or its request holds a file handle.
  HTTP_HEADERS_TIMEOUT_MS: milliseconds(10_000, 100, 120_000),
  HTTP_REQUEST_TIMEOUT_MS: milliseconds(30_000, 100, 600_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds(5_000, 0, 600_000),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Writes (issue 13): off unless the operator says so; a viewer token signs in people who may only read.
  ICE_WRITES: oneOf(['on', 'off']).default('off'),
  DASHBOARD_VIEWER_TOKEN: z
    .string()
    .superRefine((token, ctx) => {
      const problem = weakTokenProblem(token);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `is too weak: it ${problem}` });
    })
    .optional(),
  AUDIT_LOG: z.string().default('data/audit.jsonl'),
  // The prefix a reverse proxy mounts the dashboard under (base-path-setting.ts); '' is the root.
  BASE_PATH: z
    .string()
    .transform((text, ctx) => {
      const parsed = parseBasePath(text);
      if ('value' in parsed) return parsed.value;
      ctx.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    })
    .default(''),
  // The outbound proxy for calls to Alibaba Cloud (outbound-proxy.ts); the lower-case forms win, as in curl.
  HTTPS_PROXY: proxyUrlSchema,
  https_proxy: proxyUrlSchema,
  HTTP_PROXY: proxyUrlSchema,
  http_proxy: proxyUrlSchema,
  NO_PROXY: z.string().optional(),
  no_proxy: z.string().optional(),
  ALIBABA_CLOUD_ECS_METADATA: z.string().optional(),
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: z.string().optional(),
});
