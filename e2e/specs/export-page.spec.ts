import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

async function rowsOnScreen(page: Page) {
  return page
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const cells = row.querySelectorAll('td');
        return {
          libId: cells[1]?.querySelector('code')?.textContent ?? '',
          libName: cells[2]?.textContent ?? '',
          libDescription: cells[3]?.textContent ?? '',
        };
      }),
    );
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path()) ?? '', 'utf8') };
}

test('when the first page is exported as CSV, then the file holds exactly its rows, escaped for spreadsheets, with a BOM', async ({
  page,
  stack,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(stack.url);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  // The export code (papaparse) is not part of the first load (which is the app and its dictionary).
  expect(scripts.filter((script) => script.includes('page-export'))).toEqual([]);
  const rows = await rowsOnScreen(page);
  // The prefetch of page 2 has landed, so no call in the background can be counted as the export's.
  await expect.poll(() => stack.emulator.stats().total).toBe(2);
  const calls = stack.emulator.stats().total;
  const csv = await download(page, 'CSV');
  expect(csv.name).toBe('recognition-libs_cn-shanghai_landmark_page-1.csv');
  expect(scripts.filter((script) => script.includes('page-export'))).toHaveLength(1);
  expect(csv.text.startsWith('\uFEFFLibId,LibName,LibDescription,Region,Algorithm\r\n')).toBe(true);
  expect(csv.text).toContain(
    `${rows[0]?.libId},Large Model ACP,Library for product recognition,cn-shanghai,landmark\r\n`,
  );
  expect(csv.text).toContain(`${rows[1]?.libId},"'=HYPERLINK(""http://example.com"",""x"")","'+1",`);
  expect(csv.text).toContain(`${rows[2]?.libId},"'-2","'@SUM(A1)",`);
  expect(csv.text).toContain(',"Shops, ""flagship"" and outlets",');
  expect(csv.text).toContain('"First line of the note\nSecond line after a newline"');
  expect(csv.text).toContain(',大模型acp,用于商品识别的库,');
  expect(csv.text).toContain(`"'\tTab-led note from a spreadsheet paste"`);
  // Every row on screen ends one record, and nothing else does.
  expect(csv.text.split(',cn-shanghai,landmark\r\n')).toHaveLength(rows.length + 1);
  // No second upstream call: the file is made from the page in the browser.
  expect(stack.emulator.stats().total).toBe(calls);

  await page.getByLabel('BOM for Excel').uncheck();
  const plain = await download(page, 'CSV');
  expect(plain.text.startsWith('LibId,')).toBe(true);
});

test('when page 2 is exported as JSON, then the file holds the page facts and exactly the rows on screen', async ({
  page,
  stack,
}) => {
  await page.goto(`${stack.url}/?page=2`);
  await expect(page.getByText('11–20 of 180')).toBeVisible();
  const rows = await rowsOnScreen(page);
  const json = await download(page, 'JSON');
  expect(json.name).toBe('recognition-libs_cn-shanghai_landmark_page-2.json');
  const body = JSON.parse(json.text);
  expect(body).toMatchObject({
    region: 'cn-shanghai',
    algorithm: 'landmark',
    pageNumber: 2,
    pageSize: 10,
    totalCount: 180,
  });
  expect(body.requestId).toMatch(/^[0-9A-F-]{36}$/);
  expect(Number.isNaN(Date.parse(body.exportedAt))).toBe(false);
  expect(body.libraries).toEqual(rows);
});
