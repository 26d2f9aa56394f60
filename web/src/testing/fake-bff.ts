/** A stand-in BFF for component tests: fetch answers from a handler per route, and every call is recorded. */
import type { LibraryPage } from '@ice-console/shared/libraries';
import type { Session } from '@ice-console/shared/session';
import { vi } from 'vitest';

export interface RecordedCall {
  path: string;
  params: URLSearchParams;
  headers: Headers;
  method: string;
}

export interface FakeBffOptions {
  libraries?: (params: URLSearchParams, call: RecordedCall) => Response | Promise<Response>;
  session?: Session;
  defaultRegion?: string;
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A page of `totalCount` made-up libraries, cut as the BFF would cut it. */
export function fakePage(params: URLSearchParams, totalCount = 180): LibraryPage {
  const pageNumber = Number(params.get('pageNumber'));
  const pageSize = Number(params.get('pageSize'));
  const start = (pageNumber - 1) * pageSize;
  const count = Math.max(0, Math.min(pageSize, totalCount - start));
  return {
    requestId: `REQ-${pageNumber}`,
    region: params.get('region') === 'cn-beijing' ? 'cn-beijing' : 'cn-shanghai',
    algorithm: 'landmark',
    pageNumber,
    pageSize,
    totalCount,
    libraries: Array.from({ length: count }, (_, index) => ({
      libId: `lib${start + index + 1}`,
      libName: `Library ${start + index + 1}`,
      libDescription: `Description ${start + index + 1}`,
    })),
  };
}

export function stubBff(options: FakeBffOptions = {}): RecordedCall[] {
  const calls: RecordedCall[] = [];
  const session = options.session ?? { signInRequired: false, signedIn: true, mode: 'emulator' };
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const call = {
      path: url.pathname,
      params: url.searchParams,
      headers: new Headers(init.headers),
      method: init.method ?? 'GET',
    };
    calls.push(call);
    if (url.pathname === '/api/session') return json(session);
    if (url.pathname === '/api/regions') {
      const id = options.defaultRegion ?? 'cn-shanghai';
      return json({ regions: [{ id, endpoint: 'x', isDefault: true }] });
    }
    if (url.pathname === '/api/libraries') {
      return options.libraries ? options.libraries(url.searchParams, call) : json(fakePage(url.searchParams));
    }
    return json({ error: { code: 'NotFound', message: 'no', retryable: false } }, 404);
  });
  return calls;
}

export const libraryCalls = (calls: RecordedCall[]) => calls.filter((call) => call.path === '/api/libraries');
