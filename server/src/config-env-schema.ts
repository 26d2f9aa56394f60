/**
 * The environment variables the server reads, as one zod schema: names, defaults and bounds. config.ts turns the
 * parsed values into the Config; docs/configuration.md explains each variable.
 */
import { regionSchema } from '@ice-console/shared/catalog-schemas';
import { DEFAULT_REGION, REGION_IDS } from '@ice-console/shared/regions';
import { z } from 'zod';
import { parseBasePath } from './base-path-setting';
import { weakTokenProblem } from './dashboard-token-rule';
import { parseTrustProxy, type TrustProxy } from './trust-proxy-setting';

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback);

/** Per-region endpoint overrides: ICE_ENDPOINT_CN_SHANGHAI=host[:port]. */
export const endpointVariable = (region: string) =>
  `ICE_ENDPOINT_${region.toUpperCase().replaceAll('-', '_')}`;

const endpointSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/,
    'must be host or host:port, without a scheme',
  );

export const envSchema = z.object({
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
  DASHBOARD_TOKEN: z
    .string()
    .superRefine((token, ctx) => {
      const problem = weakTokenProblem(token);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
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
    .string()
    .transform((text, ctx): TrustProxy => {
      const parsed = parseTrustProxy(text);
      if ('value' in parsed) return parsed.value;
      ctx.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    })
    .default(false),
  // The doors' own timeouts: a client that is slow to send its headers or its request holds a file handle.
  HTTP_HEADERS_TIMEOUT_MS: integer(10_000, 100, 120_000),
  HTTP_REQUEST_TIMEOUT_MS: integer(30_000, 100, 600_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: integer(5_000, 0, 600_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Writes (issue 13): off unless the operator says so; a viewer token signs in people who may only read.
  ICE_WRITES: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),
  DASHBOARD_VIEWER_TOKEN: z
    .string()
    .superRefine((token, ctx) => {
      const problem = weakTokenProblem(token);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
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
  ALIBABA_CLOUD_ECS_METADATA: z.string().optional(),
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: z.string().optional(),
});
