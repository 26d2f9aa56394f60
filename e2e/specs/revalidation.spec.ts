/**
 * The browser's own cache in front of the BFF: a page it holds is revalidated with its ETag and answered 304 with
 * no body; Refresh skips both caches and asks Alibaba Cloud again. Seen from the server's request log, since
 * Playwright reports a revalidated response with the status of the stored one.
 */
import { test as base, expect } from '@playwright/test';
import { WEB_DIST } from '../../server/src/start-server';
import { startTestStack, type TestStack } from '../../server/src/testing/test-stack';

// As fixtures.ts: the built app, or another build named by E2E_WEB_DIST.
const STATIC_DIR = process.env.E2E_WEB_DIST || WEB_DIST;
const FIRST_PAGE = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';

/** This test's own stack, with its request log captured (the shared fixture's is silent). */
const test = base.extend<{ logged: TestStack }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; none.
  logged: async ({}, use) => {
    const stack = await startTestStack({ mode: 'demo', staticDir: STATIC_DIR });
    await use(stack);
    await stack.close();
  },
});

interface LogLine {
  url?: string;
  status?: number;
  cache?: string;
}

const linesFor = (stack: TestStack, url: string): LogLine[] =>
  stack.logs.map((line) => JSON.parse(line) as LogLine).filter((line) => line.url === url);

test('when the page asks again for a page it holds, then Chromium revalidates it with the ETag and gets a 304; Refresh asks upstream', async ({
  page,
  logged,
}) => {
  const firstAnswer = page.waitForResponse((response) => response.url().endsWith(FIRST_PAGE));
  await page.goto(logged.url);
  const etag = await (await firstAnswer).headerValue('etag');
  expect(etag).toMatch(/^"[\w-]+"$/);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  expect(linesFor(logged, FIRST_PAGE).map((line) => line.status)).toEqual([200]);

  // A fetch of the same page, as a refetch of the app's does: the stored answer is revalidated, not re-sent.
  const revalidation = page.waitForRequest((request) => request.url().endsWith(FIRST_PAGE));
  const seen = await page.evaluate(async (path) => {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    return {
      status: response.status,
      totalCount: ((await response.json()) as { totalCount: number }).totalCount,
    };
  }, FIRST_PAGE);
  expect(seen).toEqual({ status: 200, totalCount: 180 });
  expect((await (await revalidation).allHeaders())['if-none-match']).toBe(etag);
  await expect.poll(() => linesFor(logged, FIRST_PAGE).map((line) => line.status)).toEqual([200, 304]);
  const callsBefore = logged.emulator.stats().total;

  // Refresh: no validator, past both caches, one more call upstream.
  const refresh = page.waitForRequest((request) => request.url().endsWith(FIRST_PAGE));
  await page.getByRole('button', { name: 'Refresh' }).click();
  const headers = await (await refresh).allHeaders();
  expect(headers['if-none-match']).toBeUndefined();
  expect(headers['cache-control']).toBe('no-cache');
  await expect.poll(() => linesFor(logged, FIRST_PAGE).at(-1)).toMatchObject({ status: 200, cache: 'miss' });
  expect(logged.emulator.stats().total).toBe(callsBefore + 1);
});
