/** A stand-in BFF for component tests: fetch answers from a handler per route, and every call is recorded. */
import type { LibraryPage } from '@ice-console/shared/libraries';
import type { EntityPage, LibraryAnswer, SamplePage } from '@ice-console/shared/library-contents';
import type { Session } from '@ice-console/shared/session';
import { vi } from 'vitest';
import { toolAnswer } from './fake-tools';

export interface RecordedCall {
  path: string;
  params: URLSearchParams;
  headers: Headers;
  method: string;
  /** The JSON body a write sent, parsed. */
  body?: unknown;
  /** The caller's abort signal, for answers that stream (fake-tools.ts). */
  signal?: AbortSignal;
}

type Handler = (params: URLSearchParams, call: RecordedCall) => Response | Promise<Response>;
/** A handler of one library's routes; `libId` is the decoded path parameter. */
type LibraryHandler = (libId: string, params: URLSearchParams) => Response | Promise<Response>;

export interface FakeBffOptions {
  libraries?: Handler;
  library?: LibraryHandler;
  entities?: LibraryHandler;
  samples?: LibraryHandler;
  session?: Session;
  defaultRegion?: string;
  /** Every POST/DELETE but the session's; by default a success naming made-up IDs. */
  write?: Handler;
  /** GET /api/audit; by default an empty trail. */
  audit?: Handler;
  /** GET /api/overview; by default one cell per region × algorithm asked (fake-tools.ts). */
  overview?: Handler;
  /** GET /api/find; by default every ID found nowhere. */
  find?: Handler;
  /** The full exports (…/export); by default a 404. */
  exportFile?: Handler;
}

/** An editor's session on a dashboard with writes on (demo mode, no sign-in needed). */
export const EDITOR_SESSION = {
  signInRequired: false,
  signedIn: true,
  mode: 'emulator',
  role: 'editor',
  writes: true,
} as const satisfies Session;

/** Only the writes among the calls the page made. */
export const writesAmong = (calls: RecordedCall[]) => calls.filter((call) => call.method !== 'GET');

/** What the BFF answers a write by default: 201 with new IDs for a create, 200 for a delete. */
export const writeAnswer = (call: RecordedCall) =>
  call.method === 'DELETE'
    ? json({ requestId: 'REQ-W' })
    : json({ requestId: 'REQ-W', libId: 'newlib', entityId: 'newent', sampleId: 'newsmp' }, 201);

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

const view = (params: URLSearchParams) => ({
  region: params.get('region') === 'cn-beijing' ? ('cn-beijing' as const) : ('cn-shanghai' as const),
  algorithm: params.get('algorithm') === 'label' ? ('label' as const) : ('landmark' as const),
});

const cut = (params: URLSearchParams, totalCount: number) => {
  const pageNumber = Number(params.get('pageNumber'));
  const pageSize = Number(params.get('pageSize'));
  const start = (pageNumber - 1) * pageSize;
  return { pageNumber, pageSize, start, count: Math.max(0, Math.min(pageSize, totalCount - start)) };
};

/** Library `libId`, named "Library <libId>". */
export function fakeLibrary(libId: string, params: URLSearchParams): LibraryAnswer {
  return {
    requestId: 'REQ-LIB',
    ...view(params),
    library: { libId, libName: `Library ${libId}`, libDescription: `About ${libId}` },
  };
}

/** A page of `totalCount` entities "Entity <n>" (EntityId "ent<n>"), each with a description. */
export function fakeEntities(libId: string, params: URLSearchParams, totalCount = 25): EntityPage {
  const { pageNumber, pageSize, start, count } = cut(params, totalCount);
  return {
    requestId: `REQ-E${pageNumber}`,
    ...view(params),
    libId,
    pageNumber,
    pageSize,
    totalCount,
    entities: Array.from({ length: count }, (_, index) => ({
      entityId: `ent${start + index + 1}`,
      entityName: `Entity ${start + index + 1}`,
      entityInfo: JSON.stringify({ description: `Described ${start + index + 1}` }),
    })),
  };
}

/** A page of `totalCount` samples "smp<n>" with https images (empty ImageUrl in a label library). */
export function fakeSamples(libId: string, params: URLSearchParams, totalCount = 60): SamplePage {
  const { pageNumber, pageSize, start, count } = cut(params, totalCount);
  const where = view(params);
  return {
    requestId: `REQ-S${pageNumber}`,
    ...where,
    libId,
    pageNumber,
    pageSize,
    totalCount,
    samples: Array.from({ length: count }, (_, index) => ({
      sampleId: `smp${start + index + 1}`,
      imageUrl: where.algorithm === 'label' ? '' : `https://img.example/smp${start + index + 1}.png`,
      entityId: params.get('entityId') ?? `ent${(index % 3) + 1}`,
      libId,
    })),
  };
}

const LIBRARY_PATH = /^\/api\/libraries\/([^/]+)(?:\/(entities|samples))?$/;

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
      ...(typeof init.body === 'string' ? { body: JSON.parse(init.body) as unknown } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
    };
    calls.push(call);
    if (url.pathname === '/api/session') return json(session);
    if (url.pathname === '/api/regions') {
      const id = options.defaultRegion ?? 'cn-shanghai';
      return json({ regions: [{ id, endpoint: 'x', isDefault: true }] });
    }
    if (url.pathname === '/api/audit')
      return options.audit?.(url.searchParams, call) ?? json({ entries: [] });
    if (call.method !== 'GET') return options.write?.(url.searchParams, call) ?? writeAnswer(call);
    const tool = toolAnswer(url, call, options);
    if (tool) return tool;
    if (url.pathname === '/api/libraries') {
      return options.libraries ? options.libraries(url.searchParams, call) : json(fakePage(url.searchParams));
    }
    const [, rawLibId, part] = LIBRARY_PATH.exec(url.pathname) ?? [];
    if (rawLibId !== undefined) {
      const libId = decodeURIComponent(rawLibId);
      const params = url.searchParams;
      if (part === 'entities') return options.entities?.(libId, params) ?? json(fakeEntities(libId, params));
      if (part === 'samples') return options.samples?.(libId, params) ?? json(fakeSamples(libId, params));
      return options.library?.(libId, params) ?? json(fakeLibrary(libId, params));
    }
    return json({ error: { code: 'NotFound', message: 'no', retryable: false } }, 404);
  });
  return calls;
}

export const libraryCalls = (calls: RecordedCall[]) => calls.filter((call) => call.path === '/api/libraries');
export const callsTo = (calls: RecordedCall[], suffix: 'entities' | 'samples') =>
  calls.filter((call) => call.path.endsWith(`/${suffix}`));
