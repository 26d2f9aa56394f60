import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from '../fixtures';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

test('when a user switches to Chinese, then the page is Chinese, and it stays Chinese after a reload', async ({
  page,
  stack,
}) => {
  await page.goto(stack.url);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  await page.getByRole('button', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { name: 'ICE 识别库' })).toBeVisible();
  await expect(page.getByText('第 1–10 条，共 180 条')).toBeVisible();
  await expect(page.getByRole('radio', { name: '地标' })).toBeChecked();
  await expect(page.getByLabel('地域')).toContainText('华东2（上海）');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('table', { name: '华东2（上海）的地标识别库' })).toBeVisible();
  await saveScreenshot(page, 'main-zh-light');
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, 'main-zh-light');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { name: 'ICE recognition libraries' })).toBeVisible();
});

test.describe('in a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN', colorScheme: 'dark' });

  test('then the first visit is Chinese, dark like the system, and has no serious accessibility violations', async ({
    page,
    stack,
  }) => {
    await page.goto(`${stack.url}/?region=cn-beijing&algorithm=face`);
    await expect(page.getByText('第 1–10 条，共 15 条')).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(13, 17, 23)');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'main-zh-dark');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'main-zh-dark');
  });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('then the English page and its error state have no serious accessibility violations', async ({
    page,
    stack,
  }) => {
    // No prefetch: a prefetch of page 2 still on its way could take the faults meant for Refresh.
    await page.goto(`${stack.url}/?prefetch=0`);
    await expect(page.getByText('1–10 of 180')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'main-en-dark');
    stack.emulator.faults.enqueue(['ServiceUnavailable', 'ServiceUnavailable', 'ServiceUnavailable']);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByRole('alert')).toContainText('ServiceUnavailable');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'error-en-dark');
  });
});

test('when the light page, search and paging are used from the keyboard, then every control is reachable with a visible focus', async ({
  page,
  stack,
}) => {
  await page.goto(stack.url);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Search by LibId' });
  await expect(field).toBeFocused();
  // Tab onwards to the Next page button; each focused element shows an outline.
  let reached = false;
  for (let step = 0; step < 60 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const active = document.activeElement;
      return active ? getComputedStyle(active).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    reached = await page
      .getByRole('button', { name: 'Next page' })
      .evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByText('11–20 of 180')).toBeVisible();
});
