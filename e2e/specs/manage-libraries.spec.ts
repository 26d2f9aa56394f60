import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, type StackOptions, test } from '../fixtures';

const EDITOR_TOKEN = 'e2e-editor-token-7Hq2Vx9Lm4Kz8Rb3Tq';
const VIEWER_TOKEN = 'e2e-viewer-token-Pw5Nc8Jd2Fx6Ys1Ke';

/**
 * A fresh audit trail per test (and per repetition), so no test reads another's lines. Playwright reads a
 * fixture's dependencies from its first parameter's pattern: this one needs none.
 */
function writesOn(extra: Record<string, string> = {}) {
  return {
    stackOptions: async (
      // biome-ignore lint/correctness/noEmptyPattern: see above.
      {},
      use: (value: StackOptions) => Promise<void>,
      testInfo: TestInfo,
    ) => use({ env: { ICE_WRITES: 'on', AUDIT_LOG: testInfo.outputPath('audit.jsonl'), ...extra } }),
  };
}

/** Only the dialog while one is open: the page behind it is inert (and axe over a modal stalls headless Chromium). */
async function expectAxeClean(page: Page, scope?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (scope ? builder.include(scope) : builder).analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
}

test.describe('when writes are on', () => {
  test.use(writesOn());

  test('then a library is created, filled, emptied and deleted, and every step is on the Audit page', async ({
    page,
    stack,
  }) => {
    // Twelve writes and as many pages on a shared, loaded machine: more time than one page needs.
    test.slow();
    await page.goto(`${stack.url}/?region=cn-shanghai&algorithm=landmark`);
    await page.getByRole('button', { name: 'New library' }).click();
    const newLibrary = page.getByRole('dialog', { name: 'New library' });
    await newLibrary.getByLabel('Name').fill('E2E 铁塔');
    await expect(newLibrary.getByText('10 / 64 bytes')).toBeVisible();
    await newLibrary.getByLabel('Description (optional)').fill('Made by the journey');
    await newLibrary.getByRole('button', { name: 'Create library' }).click();
    await expect(page.getByRole('heading', { name: 'E2E 铁塔' })).toBeVisible();
    await expect(page.getByText('This library has no entities yet.')).toBeVisible();

    await page.getByRole('button', { name: 'Add entity' }).click();
    const addEntity = page.getByRole('dialog', { name: 'Add an entity' });
    await addEntity.getByLabel('Entity name').fill('Eiffel');
    await addEntity.getByLabel('EntityInfo (optional JSON)').fill('{"description": "Paris"');
    await expect(addEntity.getByText(/^Not valid JSON/)).toBeVisible();
    await addEntity.getByLabel('EntityInfo (optional JSON)').fill('{"description": "Paris"}');
    await addEntity.getByRole('button', { name: 'Add entity' }).click();
    await expect(page.getByText('Entity “Eiffel” added.')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Paris' })).toBeVisible();
    await page.getByRole('link', { name: 'Eiffel' }).click();
    await expect(page.getByRole('heading', { name: 'Eiffel' })).toBeVisible();

    await page.getByRole('button', { name: 'Add sample' }).click();
    const addSample = page.getByRole('dialog', { name: 'Add a sample' });
    // On the dashboard's own address: the test never reaches past loopback.
    await addSample.getByLabel('Image address (http or https)').fill(`${stack.url}/e2e-sample.png`);
    await addSample.getByRole('button', { name: 'Add sample' }).click();
    const added = page.getByText(/^Sample \S+ added\.$/);
    await expect(added).toBeVisible();
    const sampleId = /^Sample (\S+) added\.$/.exec((await added.textContent()) ?? '')?.[1] ?? '';
    await expect(page.getByRole('heading', { name: 'Samples (1)' })).toBeVisible();

    await page.getByRole('button', { name: `Delete sample ${sampleId}` }).click();
    await page
      .getByRole('dialog', { name: `Delete the sample ${sampleId}?` })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(page.getByText('This entity has no samples yet.')).toBeVisible();

    await page.getByRole('button', { name: 'Delete entity' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete the entity “Eiffel”?' })).toBeVisible();
    await page.keyboard.press('Escape');
    // Gone from the page, not only closed: the browser hides it before React removes it.
    await expect(page.locator('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: 'Delete entity' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { name: 'E2E 铁塔' })).toBeVisible();
    await expect(page.getByText('This library has no entities yet.')).toBeVisible();

    await page.getByRole('button', { name: 'Delete library' }).click();
    const deleteLibrary = page.getByRole('dialog', { name: 'Delete the library “E2E 铁塔”?' });
    await expect(
      deleteLibrary.getByText(/Its entities and all their samples are deleted with it/),
    ).toBeVisible();
    const confirm = deleteLibrary.getByRole('button', { name: 'Delete' });
    await expect(confirm).toBeDisabled();
    await deleteLibrary.getByLabel(/Type the library’s name/).fill('E2E 铁塔');
    await confirm.click();
    await expect(page.getByRole('button', { name: 'New library' })).toBeVisible();
    await expect(page).toHaveURL(/\/\?region=cn-shanghai&algorithm=landmark/);

    await page.getByRole('link', { name: 'Audit' }).click();
    const trail = page.getByRole('list', { name: 'Audit entries' });
    for (const action of [
      'Create library',
      'Add entity',
      'Add sample',
      'Delete sample',
      'Delete entity',
      'Delete library',
    ]) {
      await expect(
        trail.getByRole('listitem').filter({ hasText: action }).filter({ hasText: 'Outcome: done' }),
      ).toHaveCount(1);
    }
    await expect(trail.getByRole('listitem').first()).toContainText('Delete library');
    await page.getByLabel('Action').selectOption('CreateRecognitionLib');
    await expect(trail.getByRole('listitem').filter({ hasText: 'E2E 铁塔' }).first()).toBeVisible();
    await expect(trail.getByRole('listitem').filter({ hasText: 'Delete library' })).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ ...writesOn(), viewport: { width: 375, height: 800 } });

  test('then the forms and the Audit page fit without sideways scrolling, pass axe, in both languages', async ({
    page,
    stack,
  }) => {
    test.slow(); // two languages, three axe runs
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.goto(`${stack.url}/?region=cn-shanghai&algorithm=landmark`);
    await page.getByRole('button', { name: 'New library' }).click();
    const dialog = page.getByRole('dialog', { name: 'New library' });
    await dialog.getByLabel('Name').fill('巴'.repeat(30));
    await expect(dialog.getByText('Too long: at most 64 bytes.')).toBeVisible();
    expect(await fits()).toBeLessThanOrEqual(375);
    await expectAxeClean(page, 'dialog');
    // The browser's own modal dialog: Escape closes it and focus returns to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'New library' })).toBeFocused();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '新建识别库' }).click();
    await expect(page.getByRole('dialog', { name: '新建识别库' })).toBeVisible();
    await expectAxeClean(page, 'dialog');
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog')).toHaveCount(0);
    await page.getByRole('link', { name: '审计' }).click();
    await expect(page.getByText('还没有任何修改记录。')).toBeVisible();
    expect(await fits()).toBeLessThanOrEqual(375);
    await expectAxeClean(page);
  });
});

test.describe('when a viewer signs in', () => {
  test.use(writesOn({ DASHBOARD_TOKEN: EDITOR_TOKEN, DASHBOARD_VIEWER_TOKEN: VIEWER_TOKEN }));

  test('then no page shows a write control, and the Audit page can be read', async ({ page, stack }) => {
    await page.goto(`${stack.url}/?region=cn-shanghai&algorithm=landmark`);
    await page.getByLabel('Access token').fill(VIEWER_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('1–10 of 180')).toBeVisible();
    await expect(page.getByRole('button', { name: 'New library' })).toHaveCount(0);
    await expect(page.getByText(/ICE_WRITES/)).toHaveCount(0);
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: /^Entities \(/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Add entity|Delete library)$/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Audit' }).click();
    await expect(page.getByText('No changes recorded yet.')).toBeVisible();
  });
});
