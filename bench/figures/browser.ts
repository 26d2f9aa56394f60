/**
 * Figures 4 and 5, in Chromium against the real stack: time from clicking Next to the new rows on screen (with
 * 300 ms of upstream latency, prefetch on and off), the first-load JavaScript and the time to the first row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
async function startDemo(latencyMs: number, staticDir = WEB_DIST) {
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

/**
 * Run in the page before its own scripts: notes (page clock, from navigation start) when a cell holding the first
 * row's name enters the document, then when the frame that shows it has been painted (the task after the next
 * animation frame). Timed in the page, not by polling from Playwright, which only notices a row 20 to 500 ms late.
 */
const FIRST_ROW_PROBE = `(() => {
  const shown = () => [...document.querySelectorAll('td')].some((td) => td.textContent === 'Large Model ACP');
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__firstRowPaintedAt = performance.now(); }, 0));
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})()`;

/** Milliseconds from navigation to the first row painted, in a new context (an empty cache) each time. */
async function firstRowTime(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    await context.addInitScript(FIRST_ROW_PROBE);
    const page = await context.newPage();
    await page.goto(url);
    const painted = await page.waitForFunction(
      () => (window as { __firstRowPaintedAt?: number }).__firstRowPaintedAt,
    );
    return Number(await painted.jsonValue());
  } finally {
    await context.close();
  }
}

/**
 * The floors for figure 5, measured in the same run by the same harness: a static HTML page that already holds
 * the first row, sent with the dashboard's own response headers (COOP, CSP, … as its index.html gets them), or
 * with a content type only (the baseline).
 */
async function staticFloorUrl(
  dashboardUrl: string,
  withHeaders: boolean,
): Promise<{ url: string; close: () => void }> {
  const headers = withHeaders
    ? Object.fromEntries(
        [...(await fetch(dashboardUrl)).headers].filter(([name]) => !STATIC_SKIPPED_HEADERS.has(name)),
      )
    : { 'content-type': 'text/html; charset=utf-8' };
  const html =
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>ICE recognition libraries</title></head>' +
    '<body><table><tbody><tr><td>1</td><td>Large Model ACP</td></tr></tbody></table></body></html>';
  const server = createServer((_req, res) => res.writeHead(200, headers).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
const STATIC_SKIPPED_HEADERS = new Set([
  'content-length',
  'content-encoding',
  'connection',
  'keep-alive',
  'date',
]);

/** `dist`: another build than web/dist (a run beside others rebuilding it). */
export async function measureColdLoad(settings: { loads: number; dist?: string }) {
  const running = await startDemo(0, settings.dist);
  const floor = await staticFloorUrl(running.url, true);
  const bareFloor = await staticFloorUrl(running.url, false);
  const browser = await launchChromium();
  try {
    // In turns, so all three see the same moments of a noisy machine.
    const times: number[] = [];
    const staticTimes: number[] = [];
    const bareStaticTimes: number[] = [];
    for (let i = 0; i < settings.loads; i++) {
      times.push(await firstRowTime(browser, running.url));
      staticTimes.push(await firstRowTime(browser, floor.url));
      bareStaticTimes.push(await firstRowTime(browser, bareFloor.url));
    }
    return {
      loads: settings.loads,
      firstRowP50Ms: median(times),
      staticPageP50Ms: median(staticTimes),
      bareStaticPageP50Ms: median(bareStaticTimes),
      ...firstLoadJavaScript(settings.dist),
    };
  } finally {
    await browser.close();
    floor.close();
    bareFloor.close();
    await running.close();
  }
}
