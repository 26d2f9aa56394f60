import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from '../fixtures';

async function shootBoth(page: Page, name: string) {
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('when sign-in is enabled', () => {
  test.use({ stackOptions: { env: { DASHBOARD_TOKEN: 'e2e-secret-token-7Hq2Vx9Lm4Kz8Rb3' } } });

  test('then a wrong token is refused, the right one opens the libraries, and signing out closes them', async ({
    page,
    stack,
  }) => {
    await page.goto(stack.url);
    const token = page.getByLabel('Access token');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await shootBoth(page, 'sign-in');
    await token.fill('not-the-token');
    await token.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('That token is not right.');
    expect(stack.emulator.stats().total).toBe(0);
    await token.fill('e2e-secret-token-7Hq2Vx9Lm4Kz8Rb3');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('1–10 of 180')).toBeVisible();
    await page.reload();
    await expect(page.getByText('1–10 of 180')).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByLabel('Access token')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Access token')).toBeVisible();
  });
});
