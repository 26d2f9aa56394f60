import { errorBodySchema } from '@ice-console/shared/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

const PAGE = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { CACHE_TTL_MS: '0' } });
});
afterAll(() => stack.close());

describe('Fetch Metadata (Sec-Fetch-Site) on the API', () => {
  it.each(['cross-site', 'same-site', 'none'])(
    'when a browser says the request is %s, then it is a 403 CrossSiteRequest and nothing goes upstream',
    async (site) => {
      const before = stack.emulator.stats().total;
      const response = await stack.get(PAGE, { 'sec-fetch-site': site, 'cache-control': 'no-cache' });
      expect(response.status).toBe(403);
      expect(errorBodySchema.parse(await response.json()).error).toMatchObject({
        code: 'CrossSiteRequest',
        retryable: false,
      });
      expect(stack.emulator.stats().total).toBe(before);
    },
  );

  it('when a cross-site page tries to sign in, then it is refused before the token is looked at', async () => {
    const response = await fetch(`${stack.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: stack.url, 'sec-fetch-site': 'cross-site' },
      body: '{"token":"x"}',
    });
    expect(response.status).toBe(403);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('CrossSiteRequest');
  });

  it('when the request is same-origin, or comes from a client that sends no Fetch Metadata, then it is served', async () => {
    expect((await stack.get(PAGE, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await stack.get(PAGE)).status).toBe(200);
  });

  it('when a page outside /api is opened from another site, then Fetch Metadata does not refuse it', async () => {
    const response = await stack.get('/some/page', { 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(404);
  });
});
