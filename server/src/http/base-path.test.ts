/**
 * BASE_PATH=/ice: the app, its assets, the API, the demo pictures and the session cookie all live under /ice/, as
 * a reverse proxy that keeps the prefix forwards them; nothing answers outside it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_EDGES } from '@ice-console/emulator';
import { samplePageSchema } from '@ice-console/shared/library-contents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

const TOKEN = 'base-path-token-Qv9LmR4tWz7Kp1Nc';
// What `vite build` writes with `base: './'`.
const BUILT_INDEX =
  '<!doctype html><html><head><script type="module" crossorigin src="./assets/index-abc123.js"></script>' +
  '<link rel="stylesheet" crossorigin href="./assets/index-def456.css"></head><body><div id="root"></div></body></html>';
const PAGE = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';

let stack: TestStack;
/** The server's origin, for paths outside the prefix. */
let origin: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), BUILT_INDEX);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
  stack = await startTestStack({
    mode: 'demo',
    staticDir: dir,
    env: { BASE_PATH: '/ice', DASHBOARD_TOKEN: TOKEN },
  });
  origin = new URL(stack.url).origin;
});
afterAll(() => stack.close());

async function signIn(): Promise<{ setCookie: string; cookie: string }> {
  const response = await fetch(`${origin}/ice/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ token: TOKEN }),
  });
  expect(response.status).toBe(200);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { setCookie, cookie: setCookie.split(';')[0] ?? '' };
}

describe('BASE_PATH=/ice', () => {
  it('when the server starts, then its address is the dashboard under /ice', () => {
    expect(stack.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ice$/);
  });

  it('when the page or a deep link under /ice is opened, then index.html comes with its assets and base path under /ice', async () => {
    for (const path of [
      '/ice',
      '/ice/',
      '/ice/libraries/abc?region=cn-beijing&algorithm=object',
      '/ice/index.html',
    ]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html).toContain('src="/ice/assets/index-abc123.js"');
      expect(html).toContain('href="/ice/assets/index-def456.css"');
      expect(html).toContain('<meta name="base-path" content="/ice" />');
      expect(html).not.toContain('"./assets/');
    }
  });

  it('when an asset under /ice is fetched, then it is the hashed file, cached for a year', async () => {
    const response = await fetch(`${origin}/ice/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('when anything outside /ice is asked for, then it is a 404 in the error shape', async () => {
    for (const path of [
      '/',
      '/api/health',
      '/api/session',
      '/assets/index-abc123.js',
      '/libraries/abc',
      '/icex/api/health',
    ]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NotFound');
    }
  });

  it('when signing in under /ice, then the session cookie is scoped to /ice and opens the API there', async () => {
    expect((await fetch(`${origin}/ice${PAGE}`)).status).toBe(401);
    const { setCookie, cookie } = await signIn();
    expect(setCookie).toMatch(/; Path=\/ice;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect((await fetch(`${origin}/ice${PAGE}`, { headers: { cookie } })).status).toBe(200);
    const signOut = await fetch(`${origin}/ice/api/session`, {
      method: 'DELETE',
      headers: { cookie, origin },
    });
    expect(signOut.headers.get('set-cookie')).toMatch(/; Path=\/ice;/);
  });

  it('when the page is opened, then it preloads under /ice only what this browser may ask for', async () => {
    const preloads = (html: string) =>
      [...html.matchAll(/rel="preload" as="fetch" crossorigin href="([^"]+)"/g)].map((m) => m[1]);
    expect(preloads(await (await fetch(`${origin}/ice/`)).text())).toEqual(['/ice/api/session']);
    const { cookie } = await signIn();
    expect(preloads(await (await fetch(`${origin}/ice/`, { headers: { cookie } })).text())).toEqual([
      '/ice/api/session',
      '/ice/api/regions',
      '/ice/api/libraries?region=cn-shanghai&amp;algorithm=landmark&amp;pageNumber=1&amp;pageSize=10',
    ]);
  });

  it('when samples are listed in demo mode, then their pictures are under /ice/demo-images/ and served there', async () => {
    const { cookie } = await signIn();
    const edge = DEMO_EDGES.entityWith60Samples;
    const response = await fetch(
      `${origin}/ice/api/libraries/${edge.LibId}/samples?region=${edge.region}&algorithm=${edge.algorithm}&entityId=${edge.EntityId}&pageNumber=1&pageSize=10`,
      { headers: { cookie } },
    );
    const url = samplePageSchema.parse(await response.json()).samples[0]?.imageUrl ?? '';
    expect(url).toMatch(/^\/ice\/demo-images\/[A-Za-z0-9_-]+\.svg$/);
    const picture = await fetch(`${origin}${url}`);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toContain('image/svg+xml');
    expect((await fetch(`${origin}${url.slice('/ice'.length)}`)).status).toBe(404);
  });

  it('when probes poll the health check under /ice, then no line is logged for it; other requests are', async () => {
    const logged = () => stack.logs.filter((line) => line.includes('/api/')).length;
    const before = logged();
    expect((await fetch(`${stack.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${stack.url}/api/session`)).status).toBe(200);
    await expect.poll(logged).toBe(before + 1);
    expect(stack.logs.some((line) => line.includes('/ice/api/health'))).toBe(false);
  });
});
