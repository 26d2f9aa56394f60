/**
 * What a failed write means. A read that failed can simply be tried again; a write cannot when it may have
 * reached the service: a create sent twice makes two libraries. So a failure is either *safe* (the service
 * answered and refused, or the request never left: it may be retried as reads are when the refusal is
 * throttling or a refused connection) or *unknown* (a timeout, a reset, a 5xx, an answer we could not read):
 * then nothing is retried and the user is told to look at the list.
 */
import type { WriteAction } from '@ice-console/shared/writes';
import { ApiError } from '../api-error';
import { toApiError } from './upstream-error';

/** Errors that prove nothing was sent: the connection was never made. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
/** What a RAM denial names (`ice:CreateRecognitionLib`), checked before it is shown. */
const AUTH_ACTION = /^ice:[A-Za-z*]{1,64}$/;

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

export function outcomeUnknown(action: WriteAction, requestId?: string): ApiError {
  return new ApiError(
    502,
    'OutcomeUnknown',
    `${action} may or may not have been carried out: Alibaba Cloud did not answer clearly, so it was not ` +
      'sent again. Check the list before trying again.',
    { retryable: false, ...(requestId === undefined ? {} : { requestId }) },
  );
}

/** A RAM denial says which permission is missing, so an operator can add exactly that statement. */
function withMissingPermission(error: ApiError, raw: unknown, action: WriteAction): ApiError {
  const named = field(field(field(raw, 'data'), 'AccessDeniedDetail'), 'AuthAction');
  const permission = typeof named === 'string' && AUTH_ACTION.test(named) ? named : `ice:${action}`;
  const message = `${error.message} The RAM policy must allow ${permission}.`;
  return ApiError.upstream(error.code, message, {
    retryable: false,
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
  });
}

/** The error a write answers with, from whatever one try threw. */
export function toWriteError(raw: unknown, action: WriteAction): ApiError {
  // Ours, thrown before anything was sent (the budget's 429, a call abandoned in the queue).
  if (raw instanceof ApiError) return raw;
  const error = toApiError(raw);
  const statusCode = field(field(raw, 'data'), 'statusCode');
  if (typeof statusCode === 'number' && statusCode < 500) {
    if (error.code === 'Forbidden.RAM' || error.code === 'NoPermission') {
      return withMissingPermission(error, raw, action);
    }
    // The service refused it: nothing was written. Only throttling is worth another try.
    if (error.retryable && !error.code.startsWith('Throttling')) {
      return ApiError.upstream(error.code, error.message, {
        retryable: false,
        ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
      });
    }
    return error;
  }
  const code = field(raw, 'code');
  if (typeof code === 'string' && NEVER_SENT.has(code)) return error;
  return outcomeUnknown(action, error.requestId);
}
