import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

const SCRIPT = `console.log(${JSON.stringify('x'.repeat(5000))});`;
let stack: TestStack;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
  mkdirSync(join(dir, 'assets'));
  // As `vite build` writes it with `base: './'`.
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" crossorigin src="./assets/index-abc123.js"></script></head>' +
      '<body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'dictionary-en-Ab1_c.js'), 'export const dictionary = {};');
  writeFileSync(join(dir, 'assets', 'dictionary-zh-Dx9-e.js'), 'export const dictionary = {};');
  stack = await startTestStack({ staticDir: dir });
});
afterAll(() => stack.close());

/** fetch always decompresses and hides Content-Encoding's effect on size; node:http shows the bytes sent. */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ encoding: string | undefined; length: string | undefined; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(`${stack.url}${path}`, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () =>
        resolve({ encoding: res.headers['content-encoding'], length: res.headers['content-length'], bytes }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the built web app', () => {
  it('when a hashed asset is fetched, then it may be cached for a year, immutably, and travels compressed', async () => {
    const response = await stack.get('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const compressed = await rawGet('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(compressed.encoding).toBe('gzip');
    expect(compressed.bytes).toBeLessThan(500);
    // Gzipped once at the best level and kept, not streamed through the compression middleware on every load.
    const best = gzipSync(SCRIPT, { level: constants.Z_BEST_COMPRESSION }).length;
    expect(compressed.length).toBe(String(best));
    expect(compressed.bytes).toBe(best);
    const again = await rawGet('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(again.bytes).toBe(best);
    expect((await rawGet('/assets/index-abc123.js', {})).encoding).toBeUndefined();
  });

  it('when the page or a deep link is fetched, then index.html comes back and is never cached', async () => {
    for (const path of ['/', '/?region=cn-beijing', '/some/deep/link']) {
      const response = await stack.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await response.text();
      expect(html).toContain('id="root"');
      // Absolute, so a deep link's page does not look for them under its own folder; no base path at the root.
      expect(html).toContain('src="/assets/index-abc123.js"');
      expect(html).toContain('<meta name="base-path" content="" />');
    }
  });

  it('when the list is opened, then its page preloads the API requests the app makes first and its dictionary', async () => {
    const html = await (await stack.get('/?region=cn-beijing&page=2')).text();
    const preloads = [...html.matchAll(/<link rel="(preload|modulepreload)"[^>]*href="([^"]+)"/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(preloads).toEqual([
      'preload /api/session',
      'preload /api/regions',
      'preload /api/libraries?region=cn-beijing&amp;algorithm=landmark&amp;pageNumber=2&amp;pageSize=10',
      'modulepreload /assets/dictionary-en-Ab1_c.js',
    ]);
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/api/session" />');
  });

  it('when the browser prefers Chinese, then the Chinese dictionary is the one preloaded', async () => {
    const html = await (
      await stack.get('/libraries/abc', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })
    ).text();
    expect(html).toContain('<link rel="modulepreload" href="/assets/dictionary-zh-Dx9-e.js" />');
    expect(html).not.toContain('dictionary-en');
    expect(html).not.toContain('/api/libraries');
  });

  it('when a missing asset is fetched, then it is a 404, not index.html', async () => {
    expect((await stack.get('/assets/missing.js')).status).toBe(404);
  });
});
