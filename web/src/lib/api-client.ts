/** fetch for the BFF: JSON in, JSON out, and every failure as an ApiRequestError carrying the shared error body. */
import type { ApiGetRoutes, ApiSendRoutes } from '@ice-console/shared/api-routes';
import type { KnownErrorCode } from '@ice-console/shared/error-codes';
import type { ErrorBody } from '@ice-console/shared/errors';
import { IDEMPOTENCY_HEADER } from '@ice-console/shared/write-limits';
import { basePath } from './base-path';

// A hand-written guard, not the shared zod schema: zod would double the first-load JavaScript (docs/benchmarks.md).
function isErrorBody(value: unknown): value is ErrorBody {
  const error =
    typeof value === 'object' && value !== null ? (value as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, retryable } = error as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string' && typeof retryable === 'boolean';
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody['error'],
  ) {
    super(body.message);
  }

  /** Typed against the shared list of codes, so a renamed code fails typecheck instead of a user. */
  is(code: KnownErrorCode): boolean {
    return this.body.code === code;
  }
}

/** Any failure of a query as the shared error body: ours as they are, anything else as UnknownError. */
export function toErrorBody(error: Error): ErrorBody['error'] {
  return error instanceof ApiRequestError
    ? error.body
    : { code: 'UnknownError', message: error.message, retryable: true };
}

/** What a caller may ask of one fetch. */
export interface FetchOptions {
  signal?: AbortSignal;
  /** Asks the BFF to skip its page cache and call Alibaba Cloud again (the Refresh button). */
  bypassCache?: boolean;
}

/**
 * Pages come with an ETag and `private, no-cache`: a plain fetch lets the browser revalidate the page it holds
 * (a 304 from the BFF's cache). Refresh skips the browser's cache as well (`reload`: no validator sent, the new
 * page replaces the stored one) and tells the BFF to skip its own (the header).
 */
export function fetchInit({ signal, bypassCache }: FetchOptions): RequestInit {
  const init: RequestInit = bypassCache ? { cache: 'reload', headers: { 'Cache-Control': 'no-cache' } } : {};
  if (signal) init.signal = signal;
  return init;
}

export interface GetOptions {
  /** Values for the route's `:name` parts, encoded here. */
  params?: Record<string, string>;
  query?: URLSearchParams;
  init?: RequestInit;
}

/** The route's address under the server's base path, its `:name` parts filled in and its query appended. */
export function routeUrl(
  route: string,
  params: Record<string, string> = {},
  query?: URLSearchParams,
): string {
  const path = route.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  return query === undefined || query.size === 0 ? `${basePath}${path}` : `${basePath}${path}?${query}`;
}

/**
 * GET a BFF route; the answer's type is the route's in the shared contract. The one unchecked step of the
 * browser: the server built the body from the same types, and validating it again here would cost the zod
 * runtime in the first load (docs/web-app.md).
 */
export async function apiGet<Route extends keyof ApiGetRoutes>(
  route: Route,
  options: GetOptions = {},
): Promise<ApiGetRoutes[Route]> {
  return (await apiRequest(
    routeUrl(route, options.params, options.query),
    options.init ?? {},
  )) as ApiGetRoutes[Route];
}

export interface SendOptions {
  /** Values for the route's `:name` parts, encoded here. */
  params?: Record<string, string>;
  query?: URLSearchParams;
  /** One per user action (the BFF refuses a write without it); a retry of the same action sends the same key. */
  idempotencyKey?: string;
}

/** POST/DELETE with an optional JSON body; the browser adds the same-origin Origin header the BFF requires. */
export async function apiSend<Route extends keyof ApiSendRoutes>(
  route: Route,
  body?: unknown,
  options: SendOptions = {},
): Promise<ApiSendRoutes[Route]> {
  const [method, path] = route.split(' ') as [string, string];
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey !== undefined) headers[IDEMPOTENCY_HEADER] = options.idempotencyKey;
  return (await apiRequest(routeUrl(path, options.params, options.query), {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })) as ApiSendRoutes[Route];
}

async function apiRequest(path: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    // A GET sends no header of its own: the first page's requests are preloaded by index.html
    // (server/src/http/index-page.ts), and the browser reuses a preload only for a request with the same headers.
    response = await fetch(path, init);
  } catch {
    throw new ApiRequestError(0, {
      code: 'ServerUnreachable',
      message: 'The dashboard server could not be reached.',
      retryable: true,
    });
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload;
  throw new ApiRequestError(
    response.status,
    isErrorBody(payload)
      ? payload.error
      : {
          code: `Http${response.status}`,
          message: `The server answered ${response.status}.`,
          retryable: response.status >= 500,
        },
  );
}
