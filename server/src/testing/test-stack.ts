/**
 * For server tests: the real app on port 0 against a real emulator on port 0, through the real SDK over HTTP.
 * Log lines are captured so tests can read them.
 */
import { Writable } from 'node:stream';
import { DEMO_ACCOUNT, type Emulator, type EmulatorOptions, startEmulator } from '@ice-console/emulator';
import { pino } from 'pino';
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

export interface TestStackOptions {
  key?: StaticKey;
  env?: Record<string, string>;
  emulator?: EmulatorOptions;
  /** A built web app to serve, as main.ts serves web/dist. */
  staticDir?: string;
}

export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const emulator = await startEmulator({ port: 0, ...options.emulator });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const overrides = endpointEnvironment(emulator.endpoints);
  const config = loadConfig({
    PORT: '0',
    ICE_MODE: 'cloud',
    ICE_PROTOCOL: 'http',
    ...overrides,
    ...options.env,
  });
  const server = await startServer(config, {
    logger: pino({ level: 'info' }, sink),
    credential: staticCredential(options.key ?? DEMO_ACCOUNT),
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
  });
  return {
    url: server.url,
    emulator,
    server,
    logs,
    get: (path, headers = {}) => fetch(`${server.url}${path}`, { headers }),
    close: async () => {
      await server.close();
      await emulator.close();
    },
  };
}
