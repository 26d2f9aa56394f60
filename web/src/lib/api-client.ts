/** fetch for the BFF: JSON in, JSON out, and every failure as an ApiRequestError carrying the shared error body. */
import { type ErrorBody, errorBodySchema } from '@ice-console/shared/errors';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody['error'],
  ) {
    super(body.message);
  }
}

export async function apiGet(path: string, init: RequestInit = {}): Promise<unknown> {
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
  const parsed = errorBodySchema.safeParse(payload);
  throw new ApiRequestError(
    response.status,
    parsed.success
      ? parsed.data.error
      : {
          code: `Http${response.status}`,
          message: `The server answered ${response.status}.`,
          retryable: response.status >= 500,
        },
  );
}
