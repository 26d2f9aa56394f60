import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from '../fixtures';

async function shootBoth(page: Page, name: string) {
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('while loading', () => {
  test.use({ stackOptions: { emulator: { latencyMs: 1500 } } });

  test('when the first page is on its way, then a skeleton of the table shows, not a blank page', async ({
    page,
    stack,
  }) => {
    // No prefetch, so page 2 is asked for only when Next is pressed.
    await page.goto(`${stack.url}/?prefetch=0`);
    await expect(page.getByRole('table', { name: 'Loading libraries…' })).toBeVisible();
    await saveScreenshot(page, 'skeleton');
    await expect(page.getByText('1–10 of 180')).toBeVisible();
    // Slow enough that the checks below run while the page is on its way, yet under the BFF’s 3 s upstream timeout.
    stack.emulator.faults.update({ latencyMs: 2500 });
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.locator('tbody.is-stale').getByRole('cell', { name: 'Large Model ACP' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await expect(page.getByText('11–20 of 180')).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('tbody.is-stale')).toHaveCount(0);
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
    await expect(panel.locator('pre')).toContainText('"Action": "ice:ListRecognitionLibs"');
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
    stack.emulator.faults.enqueue(['hang', 'hang', 'hang']);
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

test.describe('when the dashboard has spent its call budget', () => {
  // One call a second with room for two waiting: a third caller in the same second is refused with a 429.
  test.use({ stackOptions: { env: { ICE_QPS_BUDGET: '1', ICE_QUEUE_MAX_WAIT_MS: '2500' } } });

  test('then the page explains the protection, counts down and retries by itself', async ({
    page,
    stack,
  }) => {
    await page.goto(`${stack.url}/?prefetch=0`);
    await expect(page.getByText('1–10 of 180')).toBeVisible();
    // Another tab asks for six new pages at once: two wait their turn, the rest (and the user's Next) are refused
    // until the queue drains, which takes over two seconds at one call a second.
    await page.evaluate(() => {
      for (let pageNumber = 5; pageNumber <= 10; pageNumber += 1) {
        void fetch(
          `/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=${pageNumber}&pageSize=10`,
        );
      }
    });
    await page.getByRole('button', { name: 'Next page' }).click();
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading')).toHaveText('Holding back to protect your account');
    await expect(panel).toContainText('50 calls per second');
    await expect(panel).toContainText('BudgetExhausted');
    await expect(panel.getByText(/^Retrying in \d s…$/)).toBeVisible();
    await saveScreenshot(page, 'error-budget');
    // When the countdown ends the queue has drained, and the page's own retry gets through.
    await expect(page.getByText('11–20 of 180')).toBeVisible({ timeout: 12_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
