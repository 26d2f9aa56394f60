import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCOUNT, generateDemoData } from '@ice-console/emulator';
import { expect, test } from '../fixtures';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BEIJING_OBJECT = (url: string) => `${url}/?region=cn-beijing&algorithm=object`;
/** Runs a Node.js program given as text (the emulator answers in this process, so it must not be blocked). */
function runNode(program: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-'], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let output = '';
    let problems = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      problems += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && problems === '' ? resolve(output) : reject(new Error(problems)),
    );
    child.stdin.end(program);
  });
}

const listCalls = (stack: { emulator: { stats(): { byAction: Record<string, number> } } }) =>
  stack.emulator.stats().byAction.ListRecognitionLibs ?? 0;

test('when a user opens the overview, then every view is counted and a cell leads to that list', async ({
  page,
  stack,
}) => {
  await page.goto(stack.url);
  await expect(page.getByText('1–10 of 180')).toBeVisible();
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { name: 'Where your libraries are' })).toBeVisible();
  await expect(page.getByRole('link', { name: /librar(y|ies) in China/ })).toHaveCount(20);
  await expect(page.getByRole('link', { name: 'No label libraries in China (Beijing)' })).toBeVisible();
  await page.getByRole('link', { name: '1,234 object libraries in China (Beijing)' }).click();
  await expect(page.getByText('1–10 of 1,234')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('region')).toBe('cn-beijing');
  expect(new URL(page.url()).searchParams.get('algorithm')).toBe('object');
});

test('when the overview is opened on a phone, then all five algorithms show without sideways scrolling', async ({
  page,
  stack,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${stack.url}/overview`);
  await expect(page.getByRole('link', { name: /librar(y|ies) in China/ })).toHaveCount(20);
  const matrix = page.locator('.table-scroll');
  const overflow = () => matrix.evaluate((element) => element.scrollWidth - element.clientWidth);
  await expect.poll(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('columnheader', { name: 'Label' })).toBeInViewport();
});

test.describe('with an empty default view', () => {
  const data = generateDemoData();
  data['cn-shanghai'].landmark = [];
  test.use({ stackOptions: { emulator: { data } } });

  test('when a first-time user opens the dashboard, then they land on the overview, not an empty list', async ({
    page,
    stack,
  }) => {
    await page.goto(stack.url);
    await expect(page.getByRole('heading', { name: 'Where your libraries are' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/overview');
    await expect(page.getByRole('link', { name: 'No landmark libraries in China (Shanghai)' })).toBeVisible();
  });
});

test('when every page is exported, then progress counts up while the list stays usable, and the file holds every row once', async ({
  page,
  stack,
}) => {
  await page.goto(BEIJING_OBJECT(stack.url));
  await expect(page.getByText('1–10 of 1,234')).toBeVisible();
  // Page 1 and the prefetch of page 2: every call after these is the export's or the next page's.
  await expect.poll(() => listCalls(stack)).toBe(2);
  await page.getByRole('button', { name: 'Export all (1,234)' }).click();
  await page.getByRole('combobox', { name: 'Format of the full export' }).selectOption('CSV');
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Start the export' }).click();
  // 25 pages at the default 10 calls a second take about three seconds: the count is seen climbing.
  await expect(page.getByText(/^Exporting… ([1-9][0-9,]*) of 1,234 rows$/)).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('11–20 of 1,234')).toBeVisible();
  const file = await saving;
  expect(file.suggestedFilename()).toMatch(/^recognition-libs_cn-beijing_object_all_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await file.path()) ?? '', 'utf8');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('LibId,LibName,LibDescription,Region,Algorithm');
  const ids = lines.slice(1).map((line) => line.split(',')[0]);
  expect(ids).toEqual(stack.emulator.state('cn-beijing', 'object').Libs.map((lib) => lib.LibId));
  await expect(page.getByText(/^Saved 1,234 rows as recognition-libs_cn-beijing_object_all_/)).toBeVisible();
  // 25 pages of 50 for the file, and the prefetch of page 3 after Next.
  expect(listCalls(stack)).toBe(2 + 25 + 1);
});

test('when an export is cancelled, then nothing is saved and the dashboard stops calling Alibaba Cloud', async ({
  page,
  stack,
}) => {
  let saved = false;
  page.on('download', () => {
    saved = true;
  });
  await page.goto(BEIJING_OBJECT(stack.url));
  await expect(page.getByText('1–10 of 1,234')).toBeVisible();
  await page.getByRole('button', { name: 'Export all (1,234)' }).click();
  await page.getByRole('button', { name: 'Start the export' }).click();
  await expect(page.getByText(/^Exporting… ([1-9][0-9,]*) of 1,234 rows$/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('The export was cancelled; nothing was saved.')).toBeVisible();
  // The BFF stops paging once the browser has gone: the count settles well short of the 25 pages.
  let settled = -1;
  await expect
    .poll(
      () => {
        const now = listCalls(stack);
        const same = now === settled;
        settled = now;
        return same;
      },
      { intervals: [1500], timeout: 10_000 },
    )
    .toBe(true);
  expect(settled).toBeLessThan(2 + 25);
  expect(saved).toBe(false);
});

test('when the list is shown as code, then the copied command and Node.js program are the page’s call, and the program runs', async ({
  page,
  context,
  stack,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${stack.url}/?region=cn-shanghai&algorithm=landmark&page=2`);
  await expect(page.getByText('11–20 of 180')).toBeVisible();
  await page.getByRole('button', { name: 'Show as code' }).click();
  const dialog = page.getByRole('dialog', { name: 'This view as code' });
  await dialog.getByRole('button', { name: 'Copy aliyun CLI' }).click();
  await expect(dialog.getByRole('button', { name: 'Copied aliyun CLI' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'aliyun ice ListRecognitionLibs --region cn-shanghai --Algorithm landmark --PageNumber 2 --PageSize 10',
  );
  await dialog.getByRole('button', { name: 'Copy Node.js (@alicloud/openapi-client)' }).click();
  const program = await page.evaluate(() => navigator.clipboard.readText());
  expect(program).not.toMatch(/LTAI|emuDemoSecret/);
  // Pointed at the emulator instead of Alibaba Cloud, with the demo key in the environment, it lists that page.
  const local = program.replace(
    "endpoint: 'ice.cn-shanghai.aliyuncs.com',",
    `endpoint: '${stack.emulator.endpoints['cn-shanghai']}', protocol: 'http',`,
  );
  const output = await runNode(local, {
    ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCOUNT.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCOUNT.accessKeySecret,
  });
  expect(JSON.parse(output)).toMatchObject({ PageNumber: 2, PageSize: 10, TotalCount: 180 });
});
