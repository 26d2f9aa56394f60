/**
 * The server's configuration, read once from the environment by a pure function and validated with zod.
 * docs/configuration.md lists every variable; a bad value stops start-up with every problem listed.
 */
import { regionSchema } from '@ice-console/shared/catalog-schemas';
import { DEFAULT_REGION, REGION_IDS, type Region } from '@ice-console/shared/regions';
import { z } from 'zod';

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** Per-region endpoint overrides: ICE_ENDPOINT_CN_SHANGHAI=host[:port]. */
const endpointVariable = (region: string) => `ICE_ENDPOINT_${region.toUpperCase().replaceAll('-', '_')}`;

/** The environment that points every region at the given `host:port` (an emulator, in tests and benchmarks). */
export function endpointEnvironment(endpoints: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(endpoints).map(([region, host]) => [endpointVariable(region), host]),
  );
}
const endpointSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/,
    'must be host or host:port, without a scheme',
  );

const envSchema = z.object({
  PORT: integer(8080, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  ICE_MODE: z.enum(['auto', 'cloud', 'emulator']).default('auto'),
  DEFAULT_REGION: regionSchema.default(DEFAULT_REGION),
  ICE_ENDPOINT_TYPE: z.enum(['public', 'vpc']).default('public'),
  ...Object.fromEntries(REGION_IDS.map((region) => [endpointVariable(region), endpointSchema.optional()])),
  ICE_PROTOCOL: z.enum(['https', 'http']).default('https'),
  ICE_SIGNATURE: z.enum(['v3', 'v2']).default('v3'),
  ICE_TIMEOUT_MS: integer(3000, 100, 60_000),
  ICE_DEADLINE_MS: integer(8000, 100, 120_000),
  ICE_MAX_RETRIES: integer(2, 0, 2),
  ICE_QPS_BUDGET: integer(10, 1, 50),
  ICE_QUEUE_MAX_WAIT_MS: integer(2000, 0, 60_000),
  CACHE_TTL_MS: integer(30_000, 0, 3_600_000),
  CACHE_MAX_ENTRIES: integer(1000, 1, 1_000_000),
  // At most 64 MiB: npm start caps the V8 heap at 128 MiB (docs/configuration.md).
  CACHE_MAX_BYTES: integer(32 * 1024 * 1024, 1024, 64 * 1024 * 1024),
  DASHBOARD_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  ALLOWED_HOSTS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    )
    .default([]),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ALIBABA_CLOUD_ECS_METADATA: z.string().optional(),
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: z.string().optional(),
});

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
  allowedHosts: string[];
  trustProxy: boolean;
  logLevel: string;
  /** Whether the credential chain may ask the ECS instance metadata service (a non-loopback address). */
  useEcsMetadata: boolean;
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
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (!isLoopback(e.HOST) && e.DASHBOARD_TOKEN === undefined) {
    problems.push(
      `HOST: binding to ${e.HOST} exposes the dashboard beyond this machine; set DASHBOARD_TOKEN too`,
    );
  }
  if (e.ICE_DEADLINE_MS < e.ICE_TIMEOUT_MS) problems.push('ICE_DEADLINE_MS: must be at least ICE_TIMEOUT_MS');
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
    allowedHosts: e.ALLOWED_HOSTS,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    useEcsMetadata:
      e.ALIBABA_CLOUD_ECS_METADATA !== undefined ||
      e.ALIBABA_CLOUD_ECS_METADATA_DISABLED?.toLowerCase() === 'false',
  };
}
