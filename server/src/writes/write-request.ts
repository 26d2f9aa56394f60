/**
 * What a write request must bring before anything else is looked at: a small JSON body (creates) and an
 * Idempotency-Key. JSON only: an HTML form on another site can post text/plain or form data without a CORS
 * preflight, but not application/json.
 */
import { IDEMPOTENCY_HEADER } from '@ice-console/shared/write-limits';
import express, { type Request, type Response } from 'express';
import { ApiError } from '../api-error';

/** The largest valid create (a 2,048-byte image URL) is about 2.2 KB of JSON. */
export const WRITE_BODY_LIMIT_BYTES = 4096;
const parseJson = express.json({ limit: WRITE_BODY_LIMIT_BYTES });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type BodyRead = { body: unknown; problem?: undefined } | { body?: undefined; problem: ApiError };

const notJson = () =>
  new ApiError(415, 'UnsupportedMediaType', 'Send the body as JSON (Content-Type: application/json).');

/** Reads the body of a create (`required`), and refuses a body of any other type on a delete. */
export async function readJsonBody(req: Request, res: Response, required: boolean): Promise<BodyRead> {
  const type = req.is('application/json');
  if (type === false || (required && type === null)) return { problem: notJson() };
  if (type === null) return { body: undefined };
  try {
    await new Promise<void>((resolve, reject) =>
      parseJson(req, res, (error) => (error ? reject(error) : resolve())),
    );
  } catch (error) {
    // body-parser's errors carry the status to answer with; their text is not for the client.
    const status =
      typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
    if (status === 413) {
      const limit = `${WRITE_BODY_LIMIT_BYTES / 1024} KB`;
      return { problem: new ApiError(413, 'PayloadTooLarge', `A write body may be at most ${limit}.`) };
    }
    if (status === 415) return { problem: notJson() };
    return { problem: new ApiError(400, 'InvalidBody', 'The body is not valid JSON.') };
  }
  return { body: req.body };
}

/** The key the browser made for this user action; a write without one is never sent. */
export function idempotencyKeyOf(req: Request): string {
  const key = req.headers[IDEMPOTENCY_HEADER.toLowerCase()];
  if (key === undefined) {
    throw new ApiError(
      428,
      'IdempotencyKeyRequired',
      `Every write needs an ${IDEMPOTENCY_HEADER} header (a UUID, one per user action).`,
      { field: IDEMPOTENCY_HEADER },
    );
  }
  if (typeof key !== 'string' || !UUID.test(key.trim())) {
    throw new ApiError(400, 'IdempotencyKeyRequired', `The ${IDEMPOTENCY_HEADER} header must be one UUID.`, {
      field: IDEMPOTENCY_HEADER,
    });
  }
  return key.trim();
}
