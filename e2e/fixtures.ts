/**
 * The stack for one test: the built web app and the BFF on a free port, against a fresh in-process emulator
 * whose faults and counters the test can reach. Every test gets its own, so none can disturb another.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator, EmulatorOptions } from '@ice-console/emulator';
import { test as base, type Page } from '@playwright/test';
import { pino } from 'pino';
import { loadConfig } from '../server/src/config';
import { type StaticKey, staticCredential } from '../server/src/ice/credentials';
import { startServer, WEB_DIST } from '../server/src/start-server';

export interface Stack {
  url: string;
  emulator: Emulator;
  /** Stops the BFF, for the "server unreachable" state. */
  stop(): Promise<void>;
}

export interface StackOptions {
  env?: Record<string, string>;
  emulator?: EmulatorOptions;
  /** The AccessKey the BFF signs with; an emulator key with no permission or a disabled one shows those errors. */
  key?: StaticKey;
}

export const test = base.extend<{ stackOptions: StackOptions; stack: Stack }>({
  stackOptions: [{}, { option: true }],
  stack: async ({ stackOptions }, use) => {
    const config = loadConfig({ PORT: '0', ICE_MODE: 'emulator', ...stackOptions.env });
    const running = await startServer(config, {
      logger: pino({ level: 'silent' }),
      staticDir: WEB_DIST,
      emulatorOptions: stackOptions.emulator ?? {},
      ...(stackOptions.key ? { credential: staticCredential(stackOptions.key) } : {}),
    });
    if (!running.emulator) throw new Error('the e2e stack runs in emulator mode');
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await running.close();
    };
    await use({ url: running.url, emulator: running.emulator, stop });
    await stop();
  },
});

export { expect } from '@playwright/test';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

/** Saves a full-page screenshot to e2e/screenshots/ (git-ignored) for people to look at; asserts nothing. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(SCREENSHOTS, `${name}_${width}.png`), fullPage: true });
}
