/**
 * Issue 12's journeys: inside a library (its entities) and inside an entity (its samples), against the emulator's
 * documented demo edges (docs/emulator.md, `DEMO_EDGES`).
 */
import { readFile } from 'node:fs/promises';
import { DEMO_EDGES } from '@ice-console/emulator';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from '../fixtures';

const SHOWCASE = DEMO_EDGES.entityWith60Samples;
const EMPTY = DEMO_EDGES.libraryWithNoEntities;
const HOSTILE = DEMO_EDGES.libraryWithHostileEntities;
const BROKEN = DEMO_EDGES.brokenImageSample;
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

const where = (edge: { region: string; algorithm: string }) =>
  `region=${edge.region}&algorithm=${edge.algorithm}`;
const libraryUrl = (url: string, edge: { LibId: string; region: string; algorithm: string }) =>
  `${url}/libraries/${edge.LibId}?${where(edge)}`;
const entityUrl = (
  url: string,
  edge: { LibId: string; EntityId: string; region: string; algorithm: string },
) => `${url}/libraries/${edge.LibId}/entities/${edge.EntityId}?${where(edge)}`;
const search = (url: string) => new URL(url).searchParams;

/** How far the page reaches sideways: at most the viewport's width when nothing makes a phone scroll sideways. */
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Asserts that nothing makes the page scroll sideways at its width, once the layout has followed a resize. */
async function fitsWidth(page: Page, width: number) {
  await expect.poll(() => scrollWidth(page)).toBeLessThanOrEqual(width);
}

/** Waits until the first thumbnail has settled (its picture loaded, or its placeholder shown), for a screenshot. */
async function firstThumbnailSettled(page: Page) {
  const first = page
    .getByRole('list', { name: /^(Samples|样本)$/ })
    .getByRole('listitem')
    .first();
  await expect
    .poll(() =>
      first.evaluate((item) => {
        const img = item.querySelector('img');
        return img ? img.complete : item.querySelector('.image-placeholder') !== null;
      }),
    )
    .toBe(true);
}

test('when a user opens a library from the list, then an entity and its samples, then Back returns to the same list page and scroll', async ({
  page,
  stack,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${stack.url}/?${where(SHOWCASE)}&page=1&pageSize=20`);
  await expect(page.getByText('1–20 of 180')).toBeVisible();
  // The user has scrolled down a little before opening the library (its link still on screen).
  await page.evaluate(() => window.scrollTo(0, 150));
  const libraryLink = page.getByRole('link', { name: SHOWCASE.LibName, exact: true });
  await libraryLink.hover();
  const listScroll = await page.evaluate(() => window.scrollY);
  expect(listScroll).toBeGreaterThan(0);
  await libraryLink.click();

  await expect(page).toHaveURL((url) => url.pathname === `/libraries/${SHOWCASE.LibId}`);
  await expect(page.getByRole('heading', { name: SHOWCASE.LibName, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Entities (7)' })).toBeVisible();
  const breadcrumbs = page.getByRole('navigation', { name: 'You are here' });
  await expect(breadcrumbs.getByRole('link', { name: 'Libraries' })).toBeVisible();
  const entities = page.getByRole('table', { name: `Entities of ${SHOWCASE.LibName}` });
  await expect(entities.getByRole('row')).toHaveCount(8);
  await entities.getByRole('link', { name: SHOWCASE.EntityName, exact: true }).click();

  await expect(page.getByRole('heading', { name: SHOWCASE.EntityName, exact: true })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/libraries/${SHOWCASE.LibId}/entities/${SHOWCASE.EntityId}`);
  await expect(page.getByRole('heading', { name: 'Samples (60)' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Samples' }).getByRole('listitem')).toHaveCount(10);
  await expect(page.getByText('1–10 of 60')).toBeVisible();
  await firstThumbnailSettled(page);
  // The breadcrumbs name where the entity lives.
  await expect(breadcrumbs.getByRole('link', { name: SHOWCASE.LibName })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Entities (7)' })).toBeVisible();
  await page.goBack();
  await expect(page.getByText('1–20 of 180')).toBeVisible();
  expect(search(page.url()).toString()).toBe(`${where(SHOWCASE)}&page=1&pageSize=20`);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(listScroll);
  expect(problems).toEqual([]);
});

// Known gap: the breadcrumb to the library does not carry the list's trail, so the list comes back at 10 rows.
test('when a user follows the breadcrumbs up from an entity, then the library and the list show as they were left', async ({
  page,
  stack,
}) => {
  await page.goto(`${stack.url}/?${where(SHOWCASE)}&page=1&pageSize=20`);
  await page.getByRole('link', { name: SHOWCASE.LibName, exact: true }).click();
  await page
    .getByRole('table', { name: `Entities of ${SHOWCASE.LibName}` })
    .getByRole('link', { name: SHOWCASE.EntityName, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Samples (60)' })).toBeVisible();
  const breadcrumbs = page.getByRole('navigation', { name: 'You are here' });
  await breadcrumbs.getByRole('link', { name: SHOWCASE.LibName }).click();
  await expect(page.getByRole('heading', { name: 'Entities (7)' })).toBeVisible();
  await breadcrumbs.getByRole('link', { name: 'Libraries' }).click();
  await expect(page.getByText('1–20 of 180')).toBeVisible();
  expect(search(page.url()).get('pageSize')).toBe('20');
});

test('when a link to an entity page is opened directly, then its samples, EntityId and library show', async ({
  page,
  stack,
}) => {
  await page.goto(entityUrl(stack.url, SHOWCASE));
  // No route answers one entity by ID: a shared link shows the EntityId, copyable, under a plain title.
  await expect(page.getByRole('heading', { name: 'Entity', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy EntityId' })).toBeVisible();
  await expect(page.getByText(SHOWCASE.EntityId, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Samples (60)' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Samples' }).getByRole('listitem')).toHaveCount(10);
  const breadcrumbs = page.getByRole('navigation', { name: 'You are here' });
  await expect(breadcrumbs.getByRole('link', { name: SHOWCASE.LibName })).toBeVisible();
  expect(search(page.url()).toString()).toBe(`${where(SHOWCASE)}&page=1&pageSize=10`);
  // The library's crumb leads to the library's first page, as nothing else is known.
  await breadcrumbs.getByRole('link', { name: SHOWCASE.LibName }).click();
  await expect(page.getByRole('heading', { name: SHOWCASE.LibName, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Entities (7)' })).toBeVisible();
});

test('when a library has no entities, then its page says so in words', async ({ page, stack }) => {
  await page.goto(libraryUrl(stack.url, EMPTY));
  await expect(page.getByRole('heading', { name: EMPTY.LibName, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Entities (0)' })).toBeVisible();
  await expect(page.getByText('This library has no entities yet.')).toBeVisible();
  await expect(page.getByRole('table', { name: `Entities of ${EMPTY.LibName}` })).toHaveCount(0);
});

test('when an entity has 60 samples, then they page by 10, by 50, and the URL says which page', async ({
  page,
  stack,
}) => {
  await page.goto(entityUrl(stack.url, SHOWCASE));
  const samples = page.getByRole('list', { name: 'Samples' }).getByRole('listitem');
  const range = page.getByRole('navigation', { name: 'Pages' }).getByText(/ of 60$/);
  await expect(range).toHaveText('1–10 of 60');
  await expect(samples).toHaveCount(10);
  const firstOfPage1 = await samples.first().locator('code').textContent();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(range).toHaveText('11–20 of 60');
  await expect(samples).toHaveCount(10);
  await expect(samples.first().locator('code')).not.toHaveText(firstOfPage1 ?? '');
  expect(search(page.url()).get('page')).toBe('2');
  expect(search(page.url()).get('pageSize')).toBe('10');
  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('50');
  // The first row on screen stays on screen: row 11 is on page 1 of 50.
  await expect(range).toHaveText('1–50 of 60');
  await expect(samples).toHaveCount(50);
  expect(search(page.url()).get('page')).toBe('1');
  expect(search(page.url()).get('pageSize')).toBe('50');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(range).toHaveText('51–60 of 60');
  await expect(samples).toHaveCount(10);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await page.goBack();
  await expect(range).toHaveText('1–50 of 60');
});

test('when a sample image fails to load, then its thumbnail shows a placeholder that says so, and the others load', async ({
  page,
  stack,
}) => {
  await page.goto(entityUrl(stack.url, BROKEN));
  await expect(page.getByRole('heading', { name: `Samples (${BROKEN.sampleCount})` })).toBeVisible();
  const broken = page.getByRole('button', { name: `Sample ${BROKEN.SampleId}: open at full size` });
  await broken.scrollIntoViewIfNeeded();
  await expect(broken).toContainText('The image could not be loaded');
  await expect(broken.locator('img')).toHaveCount(0);
  const others = page.getByRole('list', { name: 'Samples' }).locator('img');
  await expect(others).toHaveCount(BROKEN.sampleCount - 1);
  for (const image of await others.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
  // At full size the placeholder stays, with the address to copy.
  await broken.click();
  const dialog = page.getByRole('dialog', { name: `Sample ${BROKEN.SampleId}` });
  await expect(dialog).toContainText('The image could not be loaded');
  await expect(dialog).toContainText(BROKEN.ImageUrl);
});

test('when entity names and infos hold markup, then they show as text and nothing runs', async ({
  page,
  stack,
}) => {
  let alerted = false;
  page.on('dialog', async (dialog) => {
    alerted = true;
    await dialog.dismiss();
  });
  await page.goto(libraryUrl(stack.url, HOSTILE));
  await expect(page.getByRole('heading', { name: HOSTILE_NAME, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Entities (12)' })).toBeVisible();
  const table = page.getByRole('table', { name: `Entities of ${HOSTILE_NAME}` });
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(table.getByRole('link', { name: HOSTILE_NAME, exact: true })).toBeVisible();
  await expect(table.getByRole('link', { name: '=HYPERLINK', exact: false })).toBeVisible();
  await expect(table.locator('img, script, iframe')).toHaveCount(0);
  await expect(page.locator('header img, nav img')).toHaveCount(0);
  // The page of the entity with the markup name shows it as text too.
  await table.getByRole('link', { name: HOSTILE_NAME, exact: true }).click();
  await expect(page.getByRole('heading', { name: HOSTILE_NAME, exact: true }).last()).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Samples \(\d+\)$/ })).toBeVisible();
  await expect(page.locator('main img:not([src^="http"]):not([src^="/"])')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('when a page of entities is exported as CSV, then the file holds exactly its rows, escaped, named after the library', async ({
  page,
  stack,
}) => {
  await page.goto(libraryUrl(stack.url, HOSTILE));
  const table = page.getByRole('table', { name: `Entities of ${HOSTILE_NAME}` });
  await expect(table.getByRole('row')).toHaveCount(11);
  const ids = await table.locator('tbody tr td:nth-child(3) code').allTextContents();
  expect(ids).toHaveLength(10);
  const exportPage = page.getByRole('group', { name: 'Export this page' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    exportPage.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(
    `recognition-entities_${HOSTILE.region}_${HOSTILE.algorithm}_${HOSTILE.LibId}_page-1.csv`,
  );
  const csv = await readFile((await file.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFFEntityId,EntityName,EntityInfo,Region,Algorithm\r\n')).toBe(true);
  // Every row on screen ends one record, in the order on screen, and nothing else does.
  expect(csv.split(`,${HOSTILE.region},${HOSTILE.algorithm}\r\n`)).toHaveLength(ids.length + 1);
  expect(ids.map((id) => csv.indexOf(`\r\n${id},`))).toEqual(
    [...ids.map((id) => csv.indexOf(`\r\n${id},`))].sort((a, b) => a - b),
  );
  for (const id of ids) expect(csv).toContain(`\r\n${id},`);
  // Spreadsheet formulas are defused, quotes doubled, as in the library export.
  expect(csv).toContain(`,"'=HYPERLINK(`);
  expect(csv).toContain(`,"'+1",`);
  expect(csv).toContain(`,${HOSTILE_NAME},`);
  expect(csv).toContain(',"Shelf, ""top"" row",');
});

test.describe('on a phone in Chinese', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 375, height: 800 } });

  test('then the list, a library and an entity fit the width and speak Chinese', async ({ page, stack }) => {
    // Five pages one after another.
    test.slow();
    await page.goto(`${stack.url}/?${where(SHOWCASE)}`);
    await expect(page.getByText('第 1–10 条，共 180 条')).toBeVisible();
    await fitsWidth(page, 375);
    await page.getByRole('link', { name: SHOWCASE.LibName, exact: true }).click();
    await expect(page.getByRole('heading', { name: '实体（7）' })).toBeVisible();
    await expect(page.getByRole('table', { name: `${SHOWCASE.LibName}的实体` })).toBeVisible();
    await fitsWidth(page, 375);
    await page.getByRole('link', { name: SHOWCASE.EntityName, exact: true }).click();
    await expect(page.getByRole('heading', { name: '样本（60）' })).toBeVisible();
    await expect(page.getByText('第 1–10 条，共 60 条')).toBeVisible();
    await firstThumbnailSettled(page);
    await fitsWidth(page, 375);

    // The 64-byte names, markup and 32-character IDs of the hostile library do not push the page sideways.
    await page.goto(libraryUrl(stack.url, HOSTILE));
    await expect(page.getByRole('heading', { name: '实体（12）' })).toBeVisible();
    await fitsWidth(page, 375);
    // Nor do four-digit counts.
    await page.goto(libraryUrl(stack.url, DEMO_EDGES.libraryWithManyEntities));
    await expect(page.getByRole('heading', { name: '实体（1,234）' })).toBeVisible();
    await fitsWidth(page, 375);
  });
});

test('when a sample is opened at full size, then Escape closes it and the focus returns to its thumbnail', async ({
  page,
  stack,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(entityUrl(stack.url, SHOWCASE));
  const thumbnails = page
    .getByRole('list', { name: 'Samples' })
    .getByRole('button', { name: /open at full size$/ });
  await expect(thumbnails).toHaveCount(10);
  const second = thumbnails.nth(1);
  const label = (await second.getAttribute('aria-label')) ?? '';
  const sampleId = /^Sample ([0-9a-f]+):/.exec(label)?.[1] ?? '';
  expect(sampleId).toMatch(/^[0-9a-f]{32}$/);
  await second.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Sample ${sampleId}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('code').first()).toHaveText(sampleId);
  // The focus is inside the dialog, and its SampleId can be copied.
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await dialog.getByRole('button', { name: 'Copy SampleId' }).click();
  await expect(dialog.getByRole('button', { name: 'Copied SampleId' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sampleId);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(second).toBeFocused();
  // Close works the same way.
  await second.click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(second).toBeFocused();
});

for (const { locale, language } of [
  { locale: 'en-US', language: 'en' },
  { locale: 'zh-CN', language: 'zh' },
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`in ${language}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });

      test('screenshots of the list, a library and an entity at 1280 and 375 px', async ({ page, stack }) => {
        // Six full-page screenshots.
        test.slow();
        const shoot = async (name: string, ready: () => Promise<void>) => {
          for (const width of [1280, 375]) {
            await page.setViewportSize({ width, height: 800 });
            await ready();
            await fitsWidth(page, width);
            await saveScreenshot(page, `inside-${name}-${language}-${colorScheme}`);
          }
        };
        const tableRows = (count: number) => async () => {
          await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(count);
        };
        await page.goto(`${stack.url}/?${where(SHOWCASE)}`);
        await shoot('list', tableRows(11));
        await page.getByRole('link', { name: SHOWCASE.LibName, exact: true }).click();
        await shoot('library', tableRows(8));
        await page.getByRole('link', { name: SHOWCASE.EntityName, exact: true }).click();
        await shoot('entity', () => firstThumbnailSettled(page));
      });
    });
  }
}
