import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError, apiGet } from './api-client';

afterEach(() => vi.unstubAllGlobals());

describe('apiGet', () => {
  it('when the server answers with the shared error body, then the error carries its code, status and RequestId', async () => {
    const body = { error: { code: 'Forbidden.RAM', message: 'no', requestId: 'R-1', retryable: false } };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status: 502 }));
    const error = await apiGet('/api/libraries').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 502, body: body.error });
  });

  it('when the server cannot be reached, then the error says so and is retryable', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiGet('/api/health')).rejects.toMatchObject({
      status: 0,
      body: { code: 'ServerUnreachable', retryable: true },
    });
  });

  it('when the answer is not the error shape, then a generic error names the HTTP status', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>bad gateway</html>', { status: 503 }));
    await expect(apiGet('/api/health')).rejects.toMatchObject({
      status: 503,
      body: { code: 'Http503', retryable: true },
    });
  });
});
