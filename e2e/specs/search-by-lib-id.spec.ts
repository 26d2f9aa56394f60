import { expect, saveScreenshot, test } from '../fixtures';

const UNKNOWN = 'ffffffffffffffffffffffffffffffff';

test('when a user searches for two IDs and one is unknown, then the known one shows and the page names the other', async ({
  page,
  stack,
}) => {
  await page.goto(stack.url);
  const firstRow = page.getByRole('row').filter({ hasText: 'Large Model ACP' });
  const knownId = (await firstRow.locator('code').textContent()) ?? '';
  expect(knownId).toMatch(/^[0-9a-f]{32}$/);

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search by LibId' })).toBeFocused();
  await page.keyboard.type(`${knownId}, ${UNKNOWN}`);
  await page.keyboard.press('Enter');

  await expect(page.getByText(`Not found: ${UNKNOWN}`)).toBeVisible();
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  const chips = page.getByRole('list', { name: 'LibIds searched for' }).getByRole('listitem');
  await expect(chips).toHaveCount(2);
  expect(new URL(page.url()).searchParams.get('libId')).toBe(`${knownId},${UNKNOWN}`);
  await saveScreenshot(page, 'search-not-found');
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, 'search-not-found');

  await page.getByRole('button', { name: `Remove ${knownId}` }).click();
  await expect(page.getByText('No landmark libraries in China (Shanghai)')).toBeVisible();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  expect(new URL(page.url()).searchParams.has('libId')).toBe(false);
});

test('when the search holds an invalid ID, then it is pointed out and nothing is sent', async ({
  page,
  stack,
}) => {
  await page.goto(`${stack.url}/?prefetch=0`);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  const calls = stack.emulator.stats().total;
  const field = page.getByRole('searchbox', { name: 'Search by LibId' });
  await field.fill('abc123 not/valid');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toContainText('not/valid');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(stack.emulator.stats().total).toBe(calls);
  expect(new URL(page.url()).searchParams.has('libId')).toBe(false);
});

test('when a column of IDs is pasted, then each line becomes an ID', async ({ page, stack, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(stack.url);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  const ids = await page.getByRole('table').locator('code').allTextContents();
  const field = page.getByRole('searchbox', { name: 'Search by LibId' });
  await page.evaluate((text) => navigator.clipboard.writeText(text), `${ids[0]}\r\n${ids[1]}\n${ids[2]}\n`);
  await field.focus();
  await page.keyboard.press('Control+V');
  await field.press('Enter');
  await expect(page.getByText('1–3 of 3')).toBeVisible();
});
