/**
 * The one way tests, e2e fixtures and benchmarks start "BFF + emulator": the real app on port 0 against a real
 * emulator on port 0, through the real SDK over HTTP. Log lines are captured so tests can read them.
 * - `cloud` (the default): the emulator is started here and the BFF runs in cloud mode against its endpoints,
 *   the path a real account takes (endpoint settings, the credential given).
 * - `demo`: the BFF's own demo-mode wiring starts the emulator, as `npm start` does without credentials.
 * `startBffAgainst` alone serves an emulator that runs elsewhere (the benchmarks' other process).
 */
import { Writable } from 'node:stream';
import { DEMO_ACCOUNT, type Emulator, type EmulatorOptions, startEmulator } from '@ice-console/emulator';
import type { Region } from '@ice-console/shared/regions';
import { type Logger, pino } from 'pino';
import { endpointEnvironment, loadConfig } from '../config';
import { type StaticKey, staticCredential } from '../ice/credentials';
import { type RunningServer, startServer } from '../start-server';

export interface TestStack {
  url: string;
  emulator: Emulator;
  server: RunningServer;
  logs: string[];
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface BffOptions {
  key?: StaticKey;
  env?: Record<string, string>;
  /** A built web app to serve, as main.ts serves web/dist. */
  staticDir?: string;
  /** Where log lines go; by default they are captured in `logs`. */
  logger?: Logger;
  /** Lifts the call budget, for benchmarks that measure the BFF rather than its pacing. */
  unlimitedBudget?: boolean;
  /** Runs the start-up check, as npm start does (off by default: it is one more call to count). */
  preflight?: boolean;
}

export interface TestStackOptions extends BffOptions {
  mode?: 'cloud' | 'demo';
  emulator?: EmulatorOptions;
}

function captureLogs(): { logs: string[]; logger: Logger } {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  return { logs, logger: pino({ level: 'info' }, sink) };
}

/** The BFF in cloud mode against an emulator's endpoints, wherever that emulator runs. */
export async function startBffAgainst(
  endpoints: Record<Region, string>,
  options: BffOptions & { logger: Logger },
): Promise<RunningServer> {
  const loaded = loadConfig({
    PORT: '0',
    ICE_MODE: 'cloud',
    ICE_PROTOCOL: 'http',
    ...endpointEnvironment(endpoints),
    ...options.env,
  });
  const config = options.unlimitedBudget ? { ...loaded, qpsBudget: Number.POSITIVE_INFINITY } : loaded;
  return startServer(config, {
    logger: options.logger,
    credential: staticCredential(options.key ?? DEMO_ACCOUNT),
    preflight: options.preflight ?? false,
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
  });
}

async function startDemoBff(options: TestStackOptions, logger: Logger): Promise<RunningServer> {
  const config = loadConfig({ PORT: '0', ICE_MODE: 'emulator', ...options.env });
  return startServer(config, {
    logger,
    emulatorOptions: options.emulator ?? {},
    preflight: options.preflight ?? false,
    ...(options.key ? { credential: staticCredential(options.key) } : {}),
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
  });
}

export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const captured = captureLogs();
  const logger = options.logger ?? captured.logger;
  let server: RunningServer;
  let emulator: Emulator;
  if (options.mode === 'demo') {
    server = await startDemoBff(options, logger);
    if (!server.emulator) throw new Error('demo mode started without its emulator');
    emulator = server.emulator;
  } else {
    emulator = await startEmulator({ port: 0, ...options.emulator });
    server = await startBffAgainst(emulator.endpoints, { ...options, logger });
  }
  let closed = false;
  return {
    url: server.url,
    emulator,
    server,
    logs: captured.logs,
    get: (path, headers = {}) => fetch(`${server.url}${path}`, { headers }),
    close: async () => {
      if (closed) return;
      closed = true;
      await server.close();
      // In demo mode the server closed its own emulator.
      if (options.mode !== 'demo') await emulator.close();
    },
  };
}
