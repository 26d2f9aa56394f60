/**
 * Figure 4 and the browser for figure 5 (cold-load.ts), in Chromium against the real stack: time from clicking Next
 * to the new rows on screen (with 300 ms of upstream latency, prefetch on and off), and the first-load JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { pino } from 'pino';
import { loadConfig } from '../../server/src/config';
import { startServer, WEB_DIST } from '../../server/src/start-server';
import { median } from '../lib/load';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const THINK_TIME_MS = 1000;
const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: CHROMIUM_ARGS,
  });
}

/** The JavaScript index.html loads on a first visit, gzipped (what the size check in npm test budgets). */
export function firstLoadJavaScript(dist = WEB_DIST): { files: number; gzipKb: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // The build's asset URLs are relative (vite.config.ts `base: './'`).
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { files: files.length, gzipKb: bytes / 1024 };
}

// The BFF's own cache is off: figure 4 measures what the browser does, and the second run must not find the
// pages the first one fetched.
export async function startDemo(latencyMs: number, staticDir = WEB_DIST) {
  return startServer(
    loadConfig({ PORT: '0', ICE_MODE: 'emulator', ICE_QPS_BUDGET: '50', CACHE_TTL_MS: '0' }),
    {
      logger: pino({ level: 'silent' }),
      staticDir,
      emulatorOptions: { latencyMs },
    },
  );
}

/**
 * Milliseconds from the click (in the page's own clock) to a row numbered `expected` being in the table.
 * The in-page code is a string: tsx would wrap named functions in a helper the page does not have.
 */
function clickAndTime(page: Page, expected: number): Promise<number> {
  const timing = page.evaluate<number>(`new Promise((resolve) => {
    let clickedAt = 0;
    document.addEventListener('click', () => { clickedAt = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const shown = [...document.querySelectorAll('tbody td')].some((td) => td.textContent === '${expected}');
      if (clickedAt > 0 && shown) {
        observer.disconnect();
        resolve(performance.now() - clickedAt);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  })`);
  return page
    .getByRole('button', { name: 'Next page' })
    .click()
    .then(() => timing);
}

export async function measureNextPage(settings: { clicks: number; latencyMs: number }) {
  const running = await startDemo(settings.latencyMs);
  const browser = await launchChromium();
  try {
    const results: Record<'withPrefetch' | 'withoutPrefetch', number[]> = {
      withPrefetch: [],
      withoutPrefetch: [],
    };
    for (const [name, query] of [
      ['withPrefetch', ''],
      ['withoutPrefetch', '&prefetch=0'],
    ] as const) {
      const page = await browser.newPage({ locale: 'en-US' });
      // cn-beijing/object has 124 pages, enough for every click to reach a page never seen.
      await page.goto(`${running.url}/?region=cn-beijing&algorithm=object&pageSize=10${query}`);
      await page.getByRole('cell', { name: '1', exact: true }).waitFor();
      for (let click = 1; click <= settings.clicks; click++) {
        // A reader looks at a page before pressing Next; this think time is the same with and without prefetch.
        await page.waitForTimeout(THINK_TIME_MS);
        results[name].push(await clickAndTime(page, click * 10 + 1));
      }
      await page.close();
    }
    return {
      clicks: settings.clicks,
      latencyMs: settings.latencyMs,
      withPrefetchP50Ms: median(results.withPrefetch),
      withoutPrefetchP50Ms: median(results.withoutPrefetch),
    };
  } finally {
    await browser.close();
    await running.close();
  }
}
