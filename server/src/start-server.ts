/**
 * Starts the dashboard from a Config: picks the mode, starts the built-in emulator for demo mode, wires the
 * gateway and the app, listens, and returns how to stop it gracefully. main.ts and the e2e fixtures share it.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  DEMO_ACCOUNT,
  type Emulator,
  type EmulatorOptions,
  renderDemoImage,
  startEmulator,
} from '@ice-console/emulator';
import type { Mode, Preflight } from '@ice-console/shared/health';
import type { Logger } from 'pino';
import { createApp } from './app';
import type { Config } from './config';
import { DEMO_IMAGES_PATH } from './http/demo-images';
import { createHttpServer } from './http/http-server';
import { chainHasCredentials, defaultCredentialChain, staticCredential } from './ice/credentials';
import { IceGateway } from './ice/ice-gateway';
import { routeOutboundCalls } from './ice/outbound-proxy';
import type { Credential } from './ice/sdk';
import { credentialFacts } from './startup/credential-source';
import { type PreflightResult, runPreflight } from './startup/preflight';
import { startupReport } from './startup/startup-report';
import { AuditLog, fileErrorCode } from './writes/audit-log';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningServer {
  url: string;
  mode: Mode;
  server: Server;
  gateway: IceGateway;
  /** The in-process emulator, in demo mode. */
  emulator: Emulator | undefined;
  /** What the server found, for the terminal (startup/startup-report.ts): no secret in it. */
  startupReport: Promise<string[]>;
  /** The start-up check, when asked for (`StartOptions.preflight`); it never rejects. */
  preflight: Promise<PreflightResult> | undefined;
  close(): Promise<void>;
}

export class StartupError extends Error {}

/** Picks the mode, asking the credential chain at most once: each ask reads files and may call a provider. */
async function resolveMode(config: Config, credentialGiven: boolean): Promise<Mode> {
  if (config.mode === 'emulator') return 'emulator';
  if (credentialGiven || (await chainHasCredentials(config.useEcsMetadata))) return 'cloud';
  if (config.mode === 'auto') return 'emulator';
  throw new StartupError(
    'ICE_MODE=cloud but no Alibaba Cloud credentials were found. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ' +
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET, or ALIBABA_CLOUD_PROFILE for the aliyun CLI config (docs/configuration.md).',
  );
}

export interface StartOptions {
  logger: Logger;
  staticDir?: string;
  /** Demo mode only: emulator settings (latency, faults) for demos and e2e tests. */
  emulatorOptions?: EmulatorOptions;
  /** Overrides the credential (tests); otherwise the chain in cloud mode and the demo key in emulator mode. */
  credential?: Credential;
  /** Run the start-up check once listening (npm start does; tests that count calls do not). */
  preflight?: boolean;
}

/** With writes on, an audit trail that cannot be written stops start-up: no write may happen unaudited. */
async function openAuditLog(config: Config): Promise<AuditLog> {
  const auditLog = new AuditLog(config.auditLog);
  if (!config.writes) return auditLog;
  await auditLog.check().catch((error: unknown) => {
    const code = fileErrorCode(error);
    throw new StartupError(
      `AUDIT_LOG: ${config.auditLog} cannot be written (${code}); writes are on (ICE_WRITES=on) and every ` +
        'write must be recorded. Point AUDIT_LOG at a writable file, or turn writes off.',
    );
  });
  return auditLog;
}

export async function startServer(config: Config, options: StartOptions): Promise<RunningServer> {
  const auditLog = await openAuditLog(config);
  const mode = await resolveMode(config, options.credential !== undefined);
  let emulator: Emulator | undefined;
  let credential: Credential;
  let endpoints = config.endpoints;
  let protocol = config.protocol;
  if (mode === 'emulator') {
    emulator = await startEmulator({
      host: '127.0.0.1',
      port: 0,
      // Same-origin picture URLs: they show wherever the dashboard is opened from, with `img-src 'self'`.
      imageBaseUrl: `${config.basePath}${DEMO_IMAGES_PATH}`,
      ...options.emulatorOptions,
    });
    endpoints = emulator.endpoints;
    protocol = 'http';
    credential = options.credential ?? staticCredential(DEMO_ACCOUNT);
  } else {
    credential = options.credential ?? defaultCredentialChain(config.useEcsMetadata);
  }
  // The demo emulator runs in this process: its calls never go through a proxy.
  routeOutboundCalls(mode === 'cloud' ? config.outboundProxy : undefined);
  const gateway = new IceGateway({
    credential,
    endpoints,
    protocol,
    signature: config.signature,
    timeoutMs: config.timeoutMs,
    deadlineMs: config.deadlineMs,
    maxRetries: config.maxRetries,
    qpsBudget: config.qpsBudget,
    queueMaxWaitMs: config.queueMaxWaitMs,
    cache: config.cache,
    onRetry: (error, tryNumber) =>
      options.logger.warn(
        {
          upstreamCode: error.code,
          tryNumber,
          ...(error.networkCause === undefined
            ? {}
            : { cause: error.networkCause, host: error.host, detail: error.message }),
        },
        'retrying upstream call',
      ),
  });
  let preflightNow: Preflight = { outcome: 'pending' };
  const app = createApp({
    gateway,
    mode,
    endpoints,
    defaultRegion: config.defaultRegion,
    logger: options.logger,
    dashboardToken: config.dashboardToken,
    dashboardViewerToken: config.dashboardViewerToken,
    writes: { enabled: config.writes, auditLog },
    allowedHosts: config.allowedHosts,
    trustProxy: config.trustProxy,
    basePath: config.basePath,
    preflight: () => preflightNow,
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
    ...(emulator === undefined ? {} : { renderDemoImage }),
  });
  const server = createHttpServer(app, {
    timeouts: config.httpTimeouts,
    idleSocketMs: config.deadlineMs + 10_000,
    logger: options.logger,
  });
  server.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch(async (error: unknown) => {
    await emulator?.close();
    throw error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
      ? new StartupError(`Port ${config.port} on ${config.host} is already in use; set PORT to another port.`)
      : error;
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  // Under BASE_PATH: where the dashboard is, not only the server.
  const url = `http://${host}:${port}${config.basePath}`;
  const demoKey = mode === 'emulator' && options.credential === undefined;
  const report = credentialFacts(credential, demoKey).then((facts) =>
    startupReport({ config, mode, url, endpoints, protocol, credential: facts }),
  );
  // After listening, so a slow or unreachable endpoint never delays the server; bounded by the call deadline.
  const preflight = options.preflight
    ? runPreflight(gateway, config.defaultRegion).then((result) => {
        preflightNow = result.health;
        return result;
      })
    : undefined;

  return {
    url,
    mode,
    server,
    gateway,
    emulator,
    startupReport: report,
    preflight,
    close: async () => {
      // Stop accepting, let in-flight requests finish (for at most 10 s), then drop idle keep-alive sockets.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A keep-alive socket whose request finishes during shutdown turns idle later; close those as they do.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const force = setTimeout(() => server.closeAllConnections(), 10_000);
      await closed;
      clearInterval(sweep);
      clearTimeout(force);
      await gateway.close();
      await emulator?.close();
    },
  };
}
