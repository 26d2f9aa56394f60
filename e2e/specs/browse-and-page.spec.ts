import { expect, saveScreenshot, test } from '../fixtures';

const search = (url: string) => new URL(url).searchParams;

test('when a user opens the dashboard, then they see the first page of Shanghai landmark libraries, hostile text as text', async ({
  page,
  stack,
}) => {
  let alerted = false;
  // A CSP refusal (inline style or script) or a script error shows up here.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', async (dialog) => {
    alerted = true;
    await dialog.dismiss();
  });
  await page.goto(stack.url);
  const table = page.getByRole('table', { name: 'Landmark libraries in China (Shanghai)' });
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(page.getByRole('cell', { name: 'Large Model ACP' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Demo mode' })).toBeVisible();
  expect(search(page.url()).toString()).toBe('region=cn-shanghai&algorithm=landmark&page=1&pageSize=10');
  expect(alerted).toBe(false);
  expect(problems).toEqual([]);
  await saveScreenshot(page, 'main-en-light');
  await page.setViewportSize({ width: 375, height: 800 });
  // Nothing, not even the 64-byte names or the 32-character LibIds, makes a phone scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await saveScreenshot(page, 'main-en-light');
});

test('when a user picks a region and an algorithm, then that list shows from page 1 and the URL says so', async ({
  page,
  stack,
}) => {
  await page.goto(`${stack.url}/?page=3`);
  await expect(page.getByText('21–30 of 180')).toBeVisible();
  await page.getByLabel('Region').selectOption('cn-beijing');
  await expect(page.getByText('21–24 of 24')).toBeHidden();
  await expect(page.getByText('1–10 of 24')).toBeVisible();
  await page.getByRole('radio', { name: 'Object' }).check({ force: true });
  await expect(page.getByText('1–10 of 1,234')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Object libraries in China (Beijing)' })).toBeVisible();
  expect(search(page.url()).toString()).toBe('region=cn-beijing&algorithm=object&page=1&pageSize=10');
});

test('when a user pages forward, back, jumps and changes the page size, then reload and Back restore each view', async ({
  page,
  stack,
}) => {
  await page.goto(stack.url);
  const range = page.getByRole('navigation', { name: 'Pages' }).getByText(/ of 180$/);
  await expect(range).toHaveText('1–10 of 180');
  // The next page was prefetched: Next shows it without another upstream call.
  await expect.poll(() => stack.emulator.stats().total).toBe(2);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(range).toHaveText('11–20 of 180');
  await expect(page.getByRole('cell', { name: '11', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(range).toHaveText('1–10 of 180');
  await page.getByRole('textbox', { name: 'Page' }).fill('7');
  await page.getByRole('textbox', { name: 'Page' }).press('Enter');
  await expect(range).toHaveText('61–70 of 180');
  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(range).toHaveText('171–180 of 180');
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await page.getByRole('button', { name: 'First page' }).click();
  await expect(range).toHaveText('1–10 of 180');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(range).toHaveText('11–20 of 180');
  await page.getByLabel('Rows per page').selectOption('50');
  await expect(range).toHaveText('1–50 of 180');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(51);
  expect(search(page.url()).get('pageSize')).toBe('50');

  await page.reload();
  await expect(range).toHaveText('1–50 of 180');
  await page.goBack();
  await expect(range).toHaveText('11–20 of 180');
  await page.goBack();
  await expect(range).toHaveText('1–10 of 180');
  await page.goForward();
  await expect(range).toHaveText('11–20 of 180');
});

test('when prefetch is switched off with ?prefetch=0, then only the page on screen is asked for, and the flag stays', async ({
  page,
  stack,
}) => {
  await page.goto(`${stack.url}/?prefetch=0`);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('11–20 of 180')).toBeVisible();
  expect(stack.emulator.stats().total).toBe(2);
  expect(search(page.url()).get('prefetch')).toBe('0');
});

test('when an old link points past the end or holds bad values, then the page says so and offers a way back', async ({
  page,
  stack,
}) => {
  await page.goto(`${stack.url}/?region=cn-shanghai&algorithm=landmark&page=40&pageSize=10`);
  await expect(page.getByText('Page 40 is past the end: there are 18 pages.')).toBeVisible();
  await page.getByRole('button', { name: 'Go to the last page' }).click();
  await expect(page.getByText('171–180 of 180')).toBeVisible();

  await page.goto(`${stack.url}/?region=mars&algorithm=landmark&pageSize=7`);
  await expect(page.getByText('region “mars” → cn-shanghai')).toBeVisible();
  await expect(page.getByText('pageSize “7” → 10')).toBeVisible();
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  expect(search(page.url()).toString()).toBe('region=cn-shanghai&algorithm=landmark&page=1&pageSize=10');
});

test('when Refresh is pressed, then the BFF cache is bypassed and the age resets', async ({
  page,
  stack,
}) => {
  await page.goto(`${stack.url}/?prefetch=0`);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  await expect(page.getByText(/Updated (just now|\d+ seconds? ago)/)).toBeVisible();
  // A reload within the BFF's cache TTL is served from its cache; Refresh is not.
  await page.reload();
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  expect(stack.emulator.stats().total).toBe(1);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => stack.emulator.stats().total).toBe(2);
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();
});
