/**
 * The stack for one test: the built web app and the BFF on a free port, against a fresh in-process emulator
 * whose faults and counters the test can reach. Every test gets its own, so none can disturb another.
 */
import { test as base } from '@playwright/test';
import { pino } from 'pino';
import { loadConfig } from '../server/src/config';
import type { Emulator, EmulatorOptions } from '../server/src/emulator/start-emulator';
import { startServer, WEB_DIST } from '../server/src/start-server';

export interface Stack {
  url: string;
  emulator: Emulator;
}

export const test = base.extend<{
  stackOptions: { env?: Record<string, string>; emulator?: EmulatorOptions };
  stack: Stack;
}>({
  stackOptions: [{}, { option: true }],
  stack: async ({ stackOptions }, use) => {
    const config = loadConfig({ PORT: '0', ICE_MODE: 'emulator', ...stackOptions.env });
    const running = await startServer(config, {
      logger: pino({ level: 'silent' }),
      staticDir: WEB_DIST,
      emulatorOptions: stackOptions.emulator ?? {},
    });
    if (!running.emulator) throw new Error('the e2e stack runs in emulator mode');
    await use({ url: running.url, emulator: running.emulator });
    await running.close();
  },
});

export { expect } from '@playwright/test';
