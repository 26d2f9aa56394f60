/** fetch for the BFF: JSON in, JSON out, and every failure as an ApiRequestError carrying the shared error body. */
import type { ErrorBody } from '@ice-console/shared/errors';

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
}

export async function apiGet(path: string, init: RequestInit = {}): Promise<unknown> {
  return apiRequest(path, init);
}

/** POST/DELETE with an optional JSON body; the browser adds the same-origin Origin header the BFF requires. */
export async function apiSend(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
  return apiRequest(path, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });
}

async function apiRequest(path: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
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
