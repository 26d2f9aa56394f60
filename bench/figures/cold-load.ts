/**
 * Figure 5: milliseconds from navigation to the first row painted, in Chromium, a new context (an empty cache) per
 * load, against three floors measured in the same run by the same harness, in turns:
 * - the dashboard's own first screen as static HTML (its document once the rows are on screen, scripts removed,
 *   with its stylesheets and its response headers): what this page costs with no JavaScript at all;
 * - a static page holding just the row, with the dashboard's response headers (COOP, CSP, …);
 * - the same with a content type only: the 125 ms baseline.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import type { Browser } from '@playwright/test';
import { WEB_DIST } from '../../server/src/start-server';
import { median } from '../lib/load';
import { firstLoadJavaScript, launchChromium, startDemo } from './browser';

const FIRST_ROW_NAME = 'Large Model ACP';

/**
 * Run in the page before its own scripts: notes (page clock, from navigation start) when the frame showing a cell
 * that holds the first row's name has been painted (the task after the next animation frame). Timed in the page,
 * not by polling from Playwright, which notices a row 20 to 500 ms late.
 */
const FIRST_ROW_PROBE = `(() => {
  const shown = () => [...document.querySelectorAll('td')].some((td) => td.textContent === '${FIRST_ROW_NAME}');
  const painted = () => requestAnimationFrame(() => setTimeout(() => { window.__firstRowPaintedAt = performance.now(); }, 0));
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})()`;

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

/** The dashboard's response headers for its index.html, less those of the transfer itself. */
async function dashboardHeaders(url: string): Promise<Record<string, string>> {
  const skipped = new Set(['content-length', 'content-encoding', 'connection', 'keep-alive', 'date', 'etag']);
  return Object.fromEntries([...(await fetch(url)).headers].filter(([name]) => !skipped.has(name)));
}

/** The dashboard's document once its first row is on screen, without its scripts, preloads or origin. */
async function firstScreenAsStaticHtml(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('cell', { name: FIRST_ROW_NAME }).waitFor();
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    return `<!doctype html>${html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '')
      .replaceAll(new URL(url).origin, '')}`;
  } finally {
    await context.close();
  }
}

/** Serves `html` at every path but /assets/, which come from the build (the stylesheets), with `headers`. */
async function serveStatic(html: string, headers: Record<string, string>, dist: string) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith('/assets/')) {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const type = path.endsWith('.css') ? 'text/css' : 'text/javascript';
    readFile(join(dist, normalize(path)))
      .then((body) => res.writeHead(200, { ...headers, 'content-type': type }).end(body))
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

const ONE_ROW_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>ICE recognition libraries</title></head>' +
  `<body><table><tbody><tr><td>1</td><td>${FIRST_ROW_NAME}</td></tr></tbody></table></body></html>`;

/** `dist`: another build than web/dist (a run beside others rebuilding it). */
export async function measureColdLoad(settings: { loads: number; dist?: string }) {
  const dist = settings.dist ?? WEB_DIST;
  const running = await startDemo(0, dist);
  const browser = await launchChromium();
  const headers = await dashboardHeaders(running.url);
  const pages = {
    app: { url: running.url, close: () => undefined },
    sameScreenStatic: await serveStatic(await firstScreenAsStaticHtml(browser, running.url), headers, dist),
    oneRowStatic: await serveStatic(ONE_ROW_PAGE, headers, dist),
    oneRowStaticBare: await serveStatic(ONE_ROW_PAGE, {}, dist),
  };
  const times: Record<keyof typeof pages, number[]> = {
    app: [],
    sameScreenStatic: [],
    oneRowStatic: [],
    oneRowStaticBare: [],
  };
  try {
    // In turns, so all see the same moments of a noisy machine.
    for (let i = 0; i < settings.loads; i++) {
      for (const name of Object.keys(pages) as (keyof typeof pages)[]) {
        times[name].push(await firstRowTime(browser, pages[name].url));
      }
    }
    return {
      loads: settings.loads,
      firstRowP50Ms: median(times.app),
      sameScreenStaticP50Ms: median(times.sameScreenStatic),
      oneRowStaticP50Ms: median(times.oneRowStatic),
      oneRowStaticBareP50Ms: median(times.oneRowStaticBare),
      ...firstLoadJavaScript(settings.dist),
    };
  } finally {
    await browser.close();
    for (const page of Object.values(pages)) page.close();
    await running.close();
  }
}
