/** The last middleware: every error becomes the shared error body; nothing else ever reaches a client. */
import type { ErrorBody } from '@ice-console/shared/errors';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ApiError } from '../api-error';

export function errorBody(error: ApiError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      retryable: error.retryable,
      ...(error.field === undefined ? {} : { field: error.field }),
      ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
      ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
      ...(error.networkCause === undefined ? {} : { cause: error.networkCause }),
      ...(error.host === undefined ? {} : { host: error.host }),
    },
  };
}

/** Body-parser and similar errors carry a 4xx `status`; keep it, drop their text. */
function fromFrameworkError(error: unknown): ApiError | undefined {
  const status =
    typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const code = status === 413 ? 'PayloadTooLarge' : status === 404 ? 'NotFound' : 'BadRequest';
  return new ApiError(status, code, status === 404 ? 'Not found.' : 'The request could not be read.');
}

export const errorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const apiError =
    error instanceof ApiError
      ? error
      : (fromFrameworkError(error) ??
        new ApiError(500, 'InternalError', 'Something went wrong on the dashboard server.'));
  if (apiError.status >= 500 && !(error instanceof ApiError)) res.locals.unexpectedError = error;
  if (apiError.retryAfterSeconds !== undefined)
    res.setHeader('Retry-After', String(apiError.retryAfterSeconds));
  res.locals.errorCode = apiError.code;
  if (apiError.networkCause !== undefined) {
    res.locals.upstreamFailure = {
      cause: apiError.networkCause,
      host: apiError.host,
      detail: apiError.message,
    };
  }
  res.status(apiError.status).json(errorBody(apiError));
};

export const notFound: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, 'NotFound', `There is no route ${req.method} ${req.path.slice(0, 100)}.`));
};
