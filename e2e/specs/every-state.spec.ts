import type { APIResponse, Page, Route } from '@playwright/test';
import { expect, saveScreenshot, test } from '../fixtures';

async function shootBoth(page: Page, name: string) {
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A promise with the functions that settle it, for what the test and a route handler wait on together. */
function deferred<T = void>() {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

/** Matches the browser's requests for one page of libraries, whatever the rest of the query. */
const libraryPage = (pageNumber: number) => (url: URL) =>
  url.pathname === '/api/libraries' && url.searchParams.get('pageNumber') === String(pageNumber);

/**
 * Holds the browser's requests for a page of libraries until `release()`, so the page is on its way for exactly
 * as long as the checks of the loading state take, however slow the machine.
 */
async function holdPage(page: Page, pageNumber: number) {
  const requested = deferred();
  const released = deferred();
  await page.route(libraryPage(pageNumber), async (route) => {
    requested.resolve();
    await released.promise;
    await route.continue();
  });
  return { requested: requested.promise, release: () => released.resolve() };
}

test.describe('while loading', () => {
  test('when the first page is on its way, then a skeleton of the table shows, not a blank page', async ({
    page,
    stack,
  }) => {
    const firstPage = await holdPage(page, 1);
    // No prefetch, so page 2 is asked for only when Next is pressed.
    await page.goto(`${stack.url}/?prefetch=0`);
    await firstPage.requested;
    await expect(page.getByRole('table', { name: 'Loading libraries…' })).toBeVisible();
    await saveScreenshot(page, 'skeleton');
    firstPage.release();
    await expect(page.getByText('1–10 of 180')).toBeVisible();

    const secondPage = await holdPage(page, 2);
    await page.getByRole('button', { name: 'Next page' }).click();
    await secondPage.requested;
    const table = page.getByRole('table', { name: 'Landmark libraries in China (Shanghai)' });
    await expect(table).toHaveAttribute('aria-busy', 'true');
    await expect(table.getByRole('cell', { name: 'Large Model ACP' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
    secondPage.release();
    await expect(page.getByText('11–20 of 180')).toBeVisible();
    await expect(table).toHaveAttribute('aria-busy', 'false');
  });
});

test('when a region has no libraries of an algorithm, then the empty state says so in words', async ({
  page,
  stack,
}) => {
  await page.goto(`${stack.url}/?region=cn-shanghai&algorithm=face`);
  await expect(page.getByText('No face libraries in China (Shanghai)')).toBeVisible();
  await shootBoth(page, 'empty');
});

test.describe('when the AccessKey lacks the RAM permission', () => {
  test.use({ stackOptions: { key: { accessKeyId: 'LTAIemuNoPerm', accessKeySecret: 'emuNoPermSecret' } } });

  test('then the error shows the policy to attach, the code and a copyable RequestId', async ({
    page,
    stack,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(stack.url);
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading')).toHaveText(
      'The AccessKey is not allowed to list recognition libraries',
    );
    await expect(panel).toContainText('Forbidden.RAM');
    // The policy grants the read actions, listing libraries among them.
    await expect(panel.locator('pre')).toContainText('"ice:ListRecognitionLibs"');
    const policy = JSON.parse((await panel.locator('pre').textContent()) ?? '{}');
    expect(policy.Statement[0].Effect).toBe('Allow');
    expect(policy.Statement[0].Action).toContain('ice:ListRecognitionLibs');
    const requestId = (await panel.locator('dd code').nth(1).textContent()) ?? '';
    expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
    await panel.getByRole('button', { name: 'Copy RequestId' }).click();
    await expect(panel.getByRole('button', { name: 'Copied RequestId' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(requestId);
    await shootBoth(page, 'error-ram');
  });
});

test.describe('when the AccessKey is disabled', () => {
  test.use({
    stackOptions: { key: { accessKeyId: 'LTAIemuDisabled', accessKeySecret: 'emuDisabledSecret' } },
  });

  test('then the error says how to configure credentials', async ({ page, stack }) => {
    await page.goto(stack.url);
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading')).toHaveText('Alibaba Cloud did not accept the credentials');
    await expect(panel).toContainText('InvalidAccessKeyId.Inactive');
    await expect(panel).toContainText('ALIBABA_CLOUD_ACCESS_KEY_ID');
  });
});

test('when Alibaba Cloud fails for a moment, then the error offers a retry that brings the rows', async ({
  page,
  stack,
}) => {
  // The BFF retries InternalError twice itself, so three make one request fail.
  stack.emulator.faults.enqueue(['InternalError', 'InternalError', 'InternalError']);
  await page.goto(`${stack.url}/?prefetch=0`);
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading')).toHaveText('Alibaba Cloud had a temporary failure');
  await expect(panel).toContainText('InternalError');
  await expect(panel.locator('dd code').nth(1)).toHaveText(/^[0-9A-F-]{36}$/);
  await shootBoth(page, 'error-internal');
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('when Alibaba Cloud does not answer in time', () => {
  test.use({ stackOptions: { env: { ICE_TIMEOUT_MS: '200', ICE_DEADLINE_MS: '600' } } });

  test('then the error says it timed out', async ({ page, stack }) => {
    // Alibaba Cloud keeps not answering: enough hangs for the BFF's three attempts at the first page, twice over.
    // The list's first request is preloaded by index.html; when that preload has already failed by the time the
    // app asks, Chromium does not reuse the failed answer and the app's own request goes out (docs/web-app.md).
    stack.emulator.faults.enqueue(['hang', 'hang', 'hang', 'hang', 'hang', 'hang']);
    await page.goto(`${stack.url}/?prefetch=0`);
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading')).toHaveText('Alibaba Cloud took too long to answer');
    await expect(panel).toContainText('UpstreamTimeout');
  });
});

test('when the dashboard server goes away, then Refresh says the server cannot be reached', async ({
  page,
  stack,
}) => {
  await page.goto(`${stack.url}/?prefetch=0`);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  await stack.stop();
  await page.getByRole('button', { name: 'Refresh' }).click();
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading')).toHaveText('The dashboard server cannot be reached');
  await expect(panel).toContainText('ServerUnreachable');
  // The rows already on screen stay below the error.
  await expect(page.getByRole('cell', { name: 'Large Model ACP' })).toBeVisible();
});

/** Another client's calls, past the BFF's page cache and each for a different page, so none is served from it. */
function callsFromElsewhere(baseUrl: string): Promise<number>[] {
  return [5, 6, 7, 8, 9, 10].map(async (pageNumber) => {
    const response = await fetch(
      `${baseUrl}/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=${pageNumber}&pageSize=10`,
      { headers: { 'Cache-Control': 'no-cache' } },
    );
    await response.arrayBuffer();
    return response.status;
  });
}

/**
 * Sends the browser's request on while the budget queue is provably full, and returns the server's 429 for it.
 * Six calls from elsewhere at once fill the queue; the first of them to be refused proves it full, and the
 * browser's request follows at once. Should a waiting call have started in between, the server answers the page
 * instead: then everything settles and the request is sent again, past the BFF's cache, until it is refused.
 * The other calls have all been answered when this returns, so none can join the queue after the refusal.
 */
async function refusedWhileBudgetIsSpent(baseUrl: string, route: Route): Promise<APIResponse> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const others = callsFromElsewhere(baseUrl);
    const queueFull = await Promise.any(
      others.map(async (status) => {
        if ((await status) !== 429) throw new Error('admitted');
      }),
    ).then(
      () => true,
      () => false,
    );
    const answer = queueFull
      ? await route.fetch(
          attempt === 1 ? {} : { headers: { ...route.request().headers(), 'cache-control': 'no-cache' } },
        )
      : undefined;
    await Promise.allSettled(others);
    if (answer?.status() === 429) return answer;
  }
  throw new Error('the budget queue was never full when the page asked for page 2');
}

test.describe('when the dashboard has spent its call budget', () => {
  // One call every 1.1 s with room for two waiting: a caller who finds two waiting is refused with a 429 that
  // says to come back in 3 s (two waiting calls, 1.1 s apart).
  test.use({ stackOptions: { env: { ICE_QPS_BUDGET: '1', ICE_QUEUE_MAX_WAIT_MS: '2500' } } });

  test('then the page explains the protection, counts down and retries by itself', async ({
    page,
    stack,
  }) => {
    // The page's clock is the test's, so its countdown moves only when the test moves it (below).
    await page.clock.install();
    await page.goto(`${stack.url}/?prefetch=0`);
    await expect(page.getByText('1–10 of 180')).toBeVisible();
    const refused = deferred();
    let asked = 0;
    await page.route(libraryPage(2), async (route) => {
      asked += 1;
      if (asked > 1) return route.continue();
      try {
        await route.fulfill({ response: await refusedWhileBudgetIsSpent(stack.url, route) });
        refused.resolve();
      } catch (error) {
        refused.reject(error);
        await route.abort();
      }
    });
    // The page's time stands still from here: the countdown shows the server's Retry-After until the test
    // moves the clock on, a second at a time, so no check can miss a number however slow the machine.
    const start = Date.now();
    await page.clock.setFixedTime(start);
    await page.getByRole('button', { name: 'Next page' }).click();
    await refused.promise;
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading')).toHaveText('Holding back to protect your account');
    await expect(panel).toContainText('50 calls per second');
    await expect(panel).toContainText('BudgetExhausted');
    await expect(panel.getByText('Retrying in 3 s…')).toBeVisible();
    await saveScreenshot(page, 'error-budget');
    await page.clock.setFixedTime(start + 1000);
    await expect(panel.getByText('Retrying in 2 s…')).toBeVisible();
    await page.clock.setFixedTime(start + 2000);
    await expect(panel.getByText('Retrying in 1 s…')).toBeVisible();
    // When the countdown ends the page asks again by itself, once, and the queue has drained by then.
    await page.clock.setSystemTime(start + 3000);
    await expect(page.getByText('11–20 of 180')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(asked).toBe(2);
  });
});
