/**
 * Issue 15's tested deployment: the dashboard as docs/deployment.md runs it, under /ice/ behind Debian's nginx with
 * TLS (deploy/nginx-ice-console.conf), opened as https://ice.test:<port>/ice/ by a Chromium that trusts only this
 * run's self-signed certificate. ice.test is not a loopback name, so the page is a secure context only through TLS.
 */
import { DEMO_EDGES } from '@ice-console/emulator';
import type { Browser, Page } from '@playwright/test';
import { expect, test as stackTest } from '../fixtures';
import { PUBLIC_HOST, type RunningNginx, startNginx } from '../nginx-proxy';

const TOKEN = 'behind-nginx-token-Vx7Qm2Lp9Kd4Rz8W';
const LIBRARY = DEMO_EDGES.entityWith60Samples;

const test = stackTest.extend<{ nginx: RunningNginx; tlsBrowser: Browser }>({
  stackOptions: {
    env: { BASE_PATH: '/ice', TRUST_PROXY: '1', ALLOWED_HOSTS: PUBLIC_HOST, DASHBOARD_TOKEN: TOKEN },
  },
  nginx: async ({ stack }, use) => {
    const nginx = await startNginx(new URL(stack.url).host);
    await use(nginx);
    nginx.close();
  },
  tlsBrowser: async ({ playwright, launchOptions, nginx }, use) => {
    const browser = await playwright.chromium.launch({
      ...launchOptions,
      args: [
        ...(launchOptions.args ?? []),
        `--host-resolver-rules=MAP ${PUBLIC_HOST} 127.0.0.1`,
        `--ignore-certificate-errors-spki-list=${nginx.spkiHash}`,
      ],
    });
    await use(browser);
    await browser.close();
  },
});

async function signIn(page: Page, origin: string) {
  await page.goto(`${origin}/ice/`);
  await page.getByLabel('Access token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('1–10 of 180')).toBeVisible();
}

test('when the dashboard runs under /ice/ behind nginx with TLS, then sign-in, copying and deep links work', async ({
  tlsBrowser,
  nginx,
}) => {
  const context = await tlsBrowser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: nginx.origin });
  const page = await context.newPage();
  await signIn(page, nginx.origin);

  // The session cookie is Secure (the BFF saw X-Forwarded-Proto: https from the proxy it trusts) and scoped to /ice.
  const [cookie, ...others] = await context.cookies(`${nginx.origin}/ice/`);
  expect(others).toEqual([]);
  expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/ice' });
  expect(new URL(page.url()).pathname).toBe('/ice/');

  // A secure context: the clipboard works.
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  const firstRow = page.getByRole('row').nth(1);
  await firstRow.getByRole('button', { name: /^Copy / }).click();
  await expect(firstRow.getByRole('button', { name: /^Copied / })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^[0-9a-f]{32}$/);

  // A deep link, opened as a shared link would be: the library's page under /ice/, its API calls too.
  const deepLink = `${nginx.origin}/ice/libraries/${LIBRARY.LibId}?region=${LIBRARY.region}&algorithm=${LIBRARY.algorithm}`;
  const apiPaths: string[] = [];
  const shared = await context.newPage();
  shared.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('/api/')) apiPaths.push(pathname);
  });
  await shared.goto(deepLink);
  await expect(shared.getByRole('heading', { name: LIBRARY.LibName, exact: true })).toBeVisible();
  await expect(shared.getByRole('heading', { name: 'Entities (7)' })).toBeVisible();
  expect(apiPaths.length).toBeGreaterThan(0);
  expect(apiPaths.filter((path) => !path.startsWith('/ice/api/'))).toEqual([]);

  // The requests went through nginx to the dashboard, and nginx never had to answer for it (502, 504).
  const statuses = nginx
    .accessLog()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('"')[2]?.trim().split(' ')[0] ?? '');
  expect(statuses.length).toBeGreaterThan(5);
  expect(statuses.filter((status) => status.startsWith('5'))).toEqual([]);
  await context.close();
});

test('when /ice is opened without its slash, then nginx leads to the dashboard', async ({
  tlsBrowser,
  nginx,
}) => {
  const context = await tlsBrowser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${nginx.origin}/ice`);
  expect(new URL(page.url()).pathname).toBe('/ice/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await context.close();
});
