/**
 * Every read route's answer carries a strong ETag; a client revalidating the page it holds (If-None-Match) gets a
 * 304 with no body, through the same doors as a 200. Refresh (Cache-Control: no-cache) still asks upstream.
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { DEMO_EDGES } from '@ice-console/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { sendWrite, useWriteStack } from '../testing/write-client';

const writes = useWriteStack();
beforeEach(() => writes.stack.emulator.resetStats());

const many = DEMO_EDGES.libraryWithManyEntities;
const sixty = DEMO_EDGES.entityWith60Samples;
const view = (edge: { region: string; algorithm: string }) =>
  `region=${edge.region}&algorithm=${edge.algorithm}`;

const ROUTES = {
  libraries: '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10',
  library: `/api/libraries/${many.LibId}?${view(many)}`,
  entities: `/api/libraries/${many.LibId}/entities?${view(many)}&pageNumber=1&pageSize=10`,
  samples: `/api/libraries/${sixty.LibId}/samples?${view(sixty)}&entityId=${sixty.EntityId}&pageNumber=1&pageSize=10`,
  overview: '/api/overview?region=cn-shanghai',
  find: `/api/find?libId=${many.LibId}`,
};

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with exactly these headers (fetch would add Accept-Encoding and decode), and the raw bytes back. */
function get(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    request(`${writes.stack.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const STRONG_ETAG = /^"[\w-]{27}(-gz)?"$/;

describe('ETag and 304', () => {
  it.each(Object.entries(ROUTES))(
    'when the %s page is revalidated with its ETag, then a 304 with no body comes back through every door',
    async (_name, path) => {
      const first = await get(path);
      expect(first.status).toBe(200);
      expect(first.headers.etag).toMatch(STRONG_ETAG);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const calls = writes.stack.emulator.stats().total;

      const again = await get(path, { 'if-none-match': String(first.headers.etag) });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['content-length']).toBeUndefined();
      expect(again.headers['content-type']).toBeUndefined();
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['cache-control']).toBe('private, no-cache');
      // The doors answer a 304 as they answer a 200: security headers, the request id, Server-Timing.
      for (const header of ['content-security-policy', 'x-content-type-options', 'x-frame-options']) {
        expect(again.headers[header]).toBe(first.headers[header]);
      }
      expect(again.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(again.headers['server-timing']).toMatch(/total;dur=[\d.]+/);
      expect(JSON.parse(writes.stack.logs.at(-1) ?? '{}')).toMatchObject({
        reqId: again.headers['x-request-id'],
        status: 304,
      });
      // From our cache: nothing went upstream.
      expect(writes.stack.emulator.stats().total).toBe(calls);
    },
  );

  it('when the client holds another page, then it gets the page in full with that page ETag', async () => {
    const first = await get(ROUTES.libraries);
    const other = await get(ROUTES.libraries.replace('pageNumber=1', 'pageNumber=2'), {
      'if-none-match': String(first.headers.etag),
    });
    expect(other.status).toBe(200);
    expect(other.headers.etag).toMatch(STRONG_ETAG);
    expect(other.headers.etag).not.toBe(first.headers.etag);
    expect(JSON.parse(other.body.toString()).pageNumber).toBe(2);
  });

  it('when a cached page is served again, then its ETag is the same and a hit says so in Server-Timing', async () => {
    const first = await get(ROUTES.entities);
    const second = await get(ROUTES.entities);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['server-timing']).toContain('cache;desc=hit');
    expect(second.body.equals(first.body)).toBe(true);
  });

  it('when Refresh sends no-cache with the ETag, then upstream is asked again and the new page comes in full', async () => {
    const first = await get(ROUTES.libraries);
    const refreshed = await get(ROUTES.libraries, {
      'cache-control': 'no-cache',
      'if-none-match': String(first.headers.etag),
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers['server-timing']).toContain('cache;desc=miss');
    expect(writes.stack.emulator.stats().byAction.ListRecognitionLibs).toBe(1);
    // A new upstream answer (its own RequestId): new bytes, new ETag, which the next revalidation matches.
    expect(refreshed.headers.etag).not.toBe(first.headers.etag);
    const revalidated = await get(ROUTES.libraries, { 'if-none-match': String(refreshed.headers.etag) });
    expect(revalidated.status).toBe(304);
  });

  it('when a write changes a view, then its cached pages go: the old ETag gets the new page in full', async () => {
    const libs = '/api/libraries?region=cn-shanghai&algorithm=face&pageNumber=1&pageSize=10';
    const before = await get(libs);
    expect(JSON.parse(before.body.toString()).totalCount).toBe(0);
    const created = await sendWrite(writes.stack.url, 'POST', '/api/libraries', {
      body: { region: 'cn-shanghai', algorithm: 'face', libName: 'Made by the ETag test' },
    });
    expect(created.status).toBe(201);
    const after = await get(libs, { 'if-none-match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(JSON.parse(after.body.toString()).totalCount).toBe(1);
  });
});

describe('gzip of the prepared bytes', () => {
  const bigPage = `/api/libraries/${many.LibId}/entities?${view(many)}&pageNumber=1&pageSize=50`;

  it('when the client accepts gzip and the page is large, then the gzip comes with its own ETag, and revalidates', async () => {
    const plain = await get(bigPage);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    const zipped = await get(bigPage, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.headers.etag).toBe(`${String(plain.headers.etag).slice(0, -1)}-gz"`);
    const revalidated = await get(bigPage, {
      'accept-encoding': 'gzip',
      'if-none-match': String(zipped.headers.etag),
    });
    expect(revalidated.status).toBe(304);
  });

  it('when the client refuses gzip (q=0), then the page comes as it is', async () => {
    const answer = await get(bigPage, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString()).entities).toHaveLength(50);
  });

  it('when the page is small, then it is sent as it is even to a client that accepts gzip', async () => {
    const answer = await get(`/api/libraries/${many.LibId}?${view(many)}`, { 'accept-encoding': 'gzip' });
    expect(answer.body.length).toBeLessThan(1024);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBeUndefined();
  });
});
