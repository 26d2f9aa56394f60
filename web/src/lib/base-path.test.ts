import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  document.head.querySelector('meta[name="base-path"]')?.remove();
  vi.resetModules();
});

/** The modules as a page served under `basePath` loads them: the meta tag is there before any script runs. */
async function servedUnder(basePath: string) {
  const meta = document.createElement('meta');
  meta.name = 'base-path';
  meta.content = basePath;
  document.head.append(meta);
  vi.resetModules();
  return { ...(await import('./base-path')), ...(await import('./api-client')) };
}

describe('the base path the server writes into index.html', () => {
  it('when served under /ice, then API addresses go under /ice and page paths are read without it', async () => {
    const { basePath, appPathname, routeUrl } = await servedUnder('/ice');
    expect(basePath).toBe('/ice');
    expect(
      routeUrl('/api/libraries/:libId', { libId: 'a/b' }, new URLSearchParams({ region: 'cn-beijing' })),
    ).toBe('/ice/api/libraries/a%2Fb?region=cn-beijing');
    expect(routeUrl('/api/session')).toBe('/ice/api/session');
    expect(appPathname('/ice/libraries/abc')).toBe('/libraries/abc');
    expect(appPathname('/ice')).toBe('/');
  });

  it('when served at the root, then addresses are as written', async () => {
    const { basePath, appPathname, routeUrl } = await servedUnder('');
    expect(basePath).toBe('');
    expect(routeUrl('/api/session')).toBe('/api/session');
    expect(appPathname('/libraries/abc')).toBe('/libraries/abc');
  });
});
