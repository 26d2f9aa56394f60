/**
 * The server's configuration, read once from the environment by a pure function and validated with zod.
 * docs/configuration.md lists every variable; a bad value stops start-up with every problem listed.
 */
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import { endpointVariable, envSchema } from './config-env-schema';
import { problemLine } from './config-problems';
import type { TrustProxy } from './trust-proxy-setting';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** The environment that points every region at the given `host:port` (an emulator, in tests and benchmarks). */
export function endpointEnvironment(endpoints: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(endpoints).map(([region, host]) => [endpointVariable(region), host]),
  );
}
export interface Config {
  port: number;
  host: string;
  mode: 'auto' | 'cloud' | 'emulator';
  defaultRegion: Region;
  endpoints: Record<Region, string>;
  protocol: 'https' | 'http';
  signature: 'v3' | 'v2';
  timeoutMs: number;
  deadlineMs: number;
  maxRetries: number;
  qpsBudget: number;
  queueMaxWaitMs: number;
  cache: { ttlMs: number; maxEntries: number; maxBytes: number };
  dashboardToken: string | undefined;
  /** Signs in viewers, who may read but never write. */
  dashboardViewerToken: string | undefined;
  /** ICE_WRITES=on: the write routes may call Alibaba Cloud. */
  writes: boolean;
  /** Where every write attempt is appended (JSON lines). */
  auditLog: string;
  /** BASE_PATH: the prefix the app, its assets and the API are served under ('' for the root). */
  basePath: string;
  allowedHosts: string[];
  trustProxy: TrustProxy;
  httpTimeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
  logLevel: string;
  /** HTTPS_PROXY, HTTP_PROXY, NO_PROXY (lower-case forms first): how calls to Alibaba Cloud leave this machine. */
  outboundProxy: OutboundProxy;
  /** Whether the credential chain may ask the ECS instance metadata service (a non-loopback address). */
  useEcsMetadata: boolean;
}

export interface OutboundProxy {
  httpsProxy: string | undefined;
  httpProxy: string | undefined;
  /** Host names (a leading `.` or `*.` matches subdomains), `host:port`, or `*` for every host. */
  noProxy: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  const line = (name: string, message: string) => problemLine(name, present[name], message);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => line(String(issue.path[0]), issue.message)));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (!isLoopback(e.HOST) && e.DASHBOARD_TOKEN === undefined) {
    problems.push(line('HOST', 'exposes the dashboard beyond this machine; set DASHBOARD_TOKEN too'));
  }
  if (e.DASHBOARD_VIEWER_TOKEN !== undefined && e.DASHBOARD_TOKEN === undefined) {
    problems.push(
      line('DASHBOARD_VIEWER_TOKEN', 'needs DASHBOARD_TOKEN too (the editors sign in with that one)'),
    );
  }
  if (e.DASHBOARD_VIEWER_TOKEN !== undefined && e.DASHBOARD_VIEWER_TOKEN === e.DASHBOARD_TOKEN) {
    problems.push(
      line(
        'DASHBOARD_VIEWER_TOKEN',
        'is the same as DASHBOARD_TOKEN; it must differ, or every viewer could write',
      ),
    );
  }
  if (e.ICE_DEADLINE_MS < e.ICE_TIMEOUT_MS) {
    problems.push(
      line(
        'ICE_DEADLINE_MS',
        `is shorter than ICE_TIMEOUT_MS (${e.ICE_TIMEOUT_MS}); it must leave room for one call`,
      ),
    );
  }
  if (e.HTTP_REQUEST_TIMEOUT_MS < e.HTTP_HEADERS_TIMEOUT_MS) {
    problems.push(
      line(
        'HTTP_REQUEST_TIMEOUT_MS',
        `is shorter than HTTP_HEADERS_TIMEOUT_MS (${e.HTTP_HEADERS_TIMEOUT_MS}); the whole request includes its headers`,
      ),
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const overrides: Record<string, unknown> = e;
  const endpoints = Object.fromEntries(
    REGION_IDS.map((region) => {
      const override = overrides[endpointVariable(region)];
      const host =
        e.ICE_ENDPOINT_TYPE === 'vpc' ? `ice-vpc.${region}.aliyuncs.com` : `ice.${region}.aliyuncs.com`;
      return [region, typeof override === 'string' ? override : host];
    }),
  ) as Record<Region, string>;

  return {
    port: e.PORT,
    host: e.HOST,
    mode: e.ICE_MODE,
    defaultRegion: e.DEFAULT_REGION,
    endpoints,
    protocol: e.ICE_PROTOCOL,
    signature: e.ICE_SIGNATURE,
    timeoutMs: e.ICE_TIMEOUT_MS,
    deadlineMs: e.ICE_DEADLINE_MS,
    maxRetries: e.ICE_MAX_RETRIES,
    qpsBudget: e.ICE_QPS_BUDGET,
    queueMaxWaitMs: e.ICE_QUEUE_MAX_WAIT_MS,
    cache: { ttlMs: e.CACHE_TTL_MS, maxEntries: e.CACHE_MAX_ENTRIES, maxBytes: e.CACHE_MAX_BYTES },
    dashboardToken: e.DASHBOARD_TOKEN,
    dashboardViewerToken: e.DASHBOARD_VIEWER_TOKEN,
    writes: e.ICE_WRITES === 'on',
    auditLog: e.AUDIT_LOG,
    basePath: e.BASE_PATH,
    allowedHosts: e.ALLOWED_HOSTS,
    trustProxy: e.TRUST_PROXY,
    httpTimeouts: {
      headersMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    logLevel: e.LOG_LEVEL,
    outboundProxy: {
      httpsProxy: e.https_proxy ?? e.HTTPS_PROXY,
      httpProxy: e.http_proxy ?? e.HTTP_PROXY,
      noProxy: (e.no_proxy ?? e.NO_PROXY ?? '')
        .split(/[\s,]+/)
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean),
    },
    useEcsMetadata:
      e.ALIBABA_CLOUD_ECS_METADATA !== undefined ||
      e.ALIBABA_CLOUD_ECS_METADATA_DISABLED?.toLowerCase() === 'false',
  };
}
