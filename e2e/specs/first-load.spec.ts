/**
 * Issue 16's first load without a waterfall: index.html preloads the API requests the page is about to make and
 * its language's dictionary, and the app's own requests reuse those answers. Were the server's guess and the app's
 * request to differ by a byte (first-view-requests.ts mirrors the app's URL reading), the browser would ask twice.
 */
import { DEMO_EDGES } from '@ice-console/emulator';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

const SHOWCASE = DEMO_EDGES.entityWith60Samples;

/** Every same-origin request the page sends over the network, by path and query. */
function recordRequests(page: Page, origin: string): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) sent.push(`${url.pathname}${url.search}`);
  });
  return sent;
}

const apiCalls = (sent: string[]) => sent.filter((path) => path.startsWith('/api/')).sort();

/** The page after `libraries`, which the list prefetches once its rows are on screen. */
function nextPage(libraries: string): string {
  const url = new URL(libraries, 'http://x');
  url.searchParams.set('pageNumber', String(Number(url.searchParams.get('pageNumber')) + 1));
  return `${url.pathname}?${url.searchParams.toString().replaceAll('%2C', ',')}`;
}

for (const { name, search, libraries } of [
  {
    name: 'the bare address',
    search: '',
    libraries: '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10',
  },
  {
    name: 'a shared view',
    search: '?region=cn-beijing&algorithm=object&page=3&pageSize=20',
    libraries: '/api/libraries?region=cn-beijing&algorithm=object&pageNumber=3&pageSize=20',
  },
  {
    name: 'a link the page corrects',
    search: '?region=mars&algorithm=x&page=0&pageSize=7',
    libraries: '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10',
  },
  {
    name: 'a search by LibId',
    search: `?region=${SHOWCASE.region}&algorithm=${SHOWCASE.algorithm}&libId=${SHOWCASE.LibId},%20${SHOWCASE.LibId},bad!id`,
    libraries: `/api/libraries?region=${SHOWCASE.region}&algorithm=${SHOWCASE.algorithm}&pageNumber=1&pageSize=10&libId=${SHOWCASE.LibId}`,
  },
]) {
  test(`when ${name} is opened cold, then each first API request goes out once, preloaded with the page`, async ({
    page,
    stack,
  }) => {
    const sent = recordRequests(page, new URL(stack.url).origin);
    const response = await page.goto(`${stack.url}/${search}`);
    const html = (await response?.text()) ?? '';
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
    // Besides the next page's prefetch, which comes after the first rows.
    expect(apiCalls(sent).filter((path) => path !== nextPage(libraries))).toEqual(
      ['/api/regions', '/api/session', libraries].sort(),
    );
    for (const path of ['/api/session', '/api/regions', libraries]) {
      expect(html).toContain(
        `<link rel="preload" as="fetch" crossorigin href="${path.replaceAll('&', '&amp;')}" />`,
      );
    }
    expect(html).toMatch(/<link rel="modulepreload" href="\/assets\/dictionary-en-[\w-]+\.js" \/>/);
  });
}

test('when the browser prefers Chinese, then the Chinese dictionary is preloaded and the English one never loads', async ({
  browser,
  stack,
}) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const sent = recordRequests(page, new URL(stack.url).origin);
  await page.goto(`${stack.url}/`);
  await expect(page.getByRole('heading', { name: 'ICE 识别库' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  expect(
    sent.filter((path) => path.includes('/dictionary-')).map((path) => path.split('/').pop()?.split('-')[1]),
  ).toEqual(['zh']);
  const first = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';
  expect(apiCalls(sent).filter((path) => path === first)).toHaveLength(1);
  await context.close();
});
