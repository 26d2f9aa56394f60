/**
 * The stack for one test: the built web app and the BFF on a free port, against a fresh in-process emulator
 * whose faults and counters the test can reach. Every test gets its own, so none can disturb another.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '@ice-console/emulator';
import { test as base, type Page } from '@playwright/test';
import { pino } from 'pino';
import { WEB_DIST } from '../server/src/start-server';
import { startTestStack, type TestStackOptions } from '../server/src/testing/test-stack';

export interface Stack {
  /** The dashboard's address, under the base path when there is one (`http://127.0.0.1:<port>/ice`). */
  url: string;
  emulator: Emulator;
  /** Stops the BFF, for the "server unreachable" state. */
  stop(): Promise<void>;
}

/** The key the BFF signs with (an emulator key with no permission or a disabled one shows those errors), the
 * environment, and emulator settings: as the shared test stack takes them, always in demo mode. `basePath` serves
 * the dashboard under a prefix (BASE_PATH), as behind a reverse proxy that mounts it there. */
export type StackOptions = Pick<TestStackOptions, 'env' | 'emulator' | 'key'> & { basePath?: string };

/**
 * The built web app the BFF serves: web/dist, or another build named by E2E_WEB_DIST (e.g. `vite build --outDir
 * /tmp/my-dist`), so that a run is not disturbed by someone rebuilding web/dist in the same checkout meanwhile.
 */
const STATIC_DIR = process.env.E2E_WEB_DIST || WEB_DIST;

export const test = base.extend<{ stackOptions: StackOptions; stack: Stack }>({
  stackOptions: [{}, { option: true }],
  stack: async ({ stackOptions: { basePath, ...stackOptions } }, use) => {
    const running = await startTestStack({
      ...stackOptions,
      ...(basePath === undefined ? {} : { env: { ...stackOptions.env, BASE_PATH: basePath } }),
      mode: 'demo',
      staticDir: STATIC_DIR,
      logger: pino({ level: 'silent' }),
    });
    await use({ url: running.url, emulator: running.emulator, stop: running.close });
    await running.close();
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
