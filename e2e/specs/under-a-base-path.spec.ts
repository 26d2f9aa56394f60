/**
 * Issue 15's sub-path: the dashboard served under /ice (BASE_PATH), as a reverse proxy that keeps the prefix
 * forwards it. Every page, asset, API call and picture stays under /ice; links, paging and a reload work there.
 */
import { DEMO_EDGES } from '@ice-console/emulator';
import { expect, test } from '../fixtures';

const SHOWCASE = DEMO_EDGES.entityWith60Samples;
const where = `region=${SHOWCASE.region}&algorithm=${SHOWCASE.algorithm}`;

test.use({ stackOptions: { basePath: '/ice' } });

test('when the dashboard is served under /ice, then the list, paging, a library, a reload and the pictures all stay under /ice', async ({
  page,
  stack,
}) => {
  expect(new URL(stack.url).pathname).toBe('/ice');
  const origin = new URL(stack.url).origin;
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) asked.push(url.pathname);
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto(`${stack.url}/?${where}&page=1&pageSize=20`);
  await expect(page.getByText('1–20 of 180')).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('21–40 of 180')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/ice/');
  expect(new URL(page.url()).searchParams.get('page')).toBe('2');
  await page.goBack();
  await expect(page.getByText('1–20 of 180')).toBeVisible();

  // A link to a library, then a reload of its address: the deep link is served under /ice.
  await page.getByRole('link', { name: SHOWCASE.LibName, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Entities (7)' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/ice/libraries/${SHOWCASE.LibId}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: SHOWCASE.LibName, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Entities (7)' })).toBeVisible();

  // An entity: its pictures come from /ice/demo-images/ and draw.
  await page
    .getByRole('table', { name: `Entities of ${SHOWCASE.LibName}` })
    .getByRole('link', { name: SHOWCASE.EntityName, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Samples (60)' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/ice/libraries/${SHOWCASE.LibId}/entities/${SHOWCASE.EntityId}`);
  // The thumbnails are decorative inside their buttons (alt=""): found by tag, not role.
  const firstPicture = page.getByRole('list', { name: 'Samples' }).locator('img').first();
  await expect
    .poll(() => firstPicture.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);

  // The breadcrumbs lead back up under /ice, to the list page the user left.
  await page
    .getByRole('navigation', { name: 'You are here' })
    .getByRole('link', { name: 'Libraries' })
    .click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/ice/');

  // The header's links too.
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/ice/overview');

  expect(asked.filter((path) => !path.startsWith('/ice/'))).toEqual([]);
  expect(asked.some((path) => path.startsWith('/ice/assets/'))).toBe(true);
  expect(asked).toContain('/ice/api/libraries');
  expect(asked.some((path) => path.startsWith('/ice/demo-images/'))).toBe(true);
  expect(problems).toEqual([]);
});

test('when an address outside /ice is opened, then the server says there is nothing there', async ({
  page,
  stack,
}) => {
  const response = await page.goto(`${new URL(stack.url).origin}/libraries/${SHOWCASE.LibId}?${where}`);
  expect(response?.status()).toBe(404);
});
