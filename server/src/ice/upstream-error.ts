/**
 * Turns whatever the SDK threw into an ApiError that is safe to show: the upstream Code, a message that is known
 * to hold no secret (upstream-message.ts) and the RequestId, never the SDK's error object, which can carry the
 * last request with its signed headers.
 */
import { ZodError } from 'zod';
import { ApiError } from '../api-error';
import { upstreamMessage } from './upstream-message';

/** Codes worth another try: the service was busy or broke, not the request. */
const RETRYABLE_CODES = new Set([
  'Throttling',
  'Throttling.User',
  'Throttling.Api',
  'InternalError',
  'ServiceUnavailable',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

/** What Alibaba Cloud's codes look like (`Forbidden.RAM`); anything else is not passed to a browser. */
const CODE_SHAPE = /^[A-Za-z][A-Za-z0-9.]{0,63}$/;
const REQUEST_ID_SHAPE = /^[A-Za-z0-9-]{1,64}$/;

export class DeadlineExceeded extends Error {}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, 500) : undefined;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DeadlineExceeded || /Timeout/.test(String(field(error, 'name')))) {
    return new ApiError(504, 'UpstreamTimeout', 'Alibaba Cloud did not answer in time.', { retryable: true });
  }
  if (error instanceof ZodError || error instanceof SyntaxError) {
    return new ApiError(502, 'UpstreamBadResponse', 'Alibaba Cloud sent a response that could not be read.', {
      retryable: true,
    });
  }
  const data = field(error, 'data');
  const code = text(field(data, 'Code')) ?? text(field(error, 'code'));
  const statusCode = field(data, 'statusCode');
  if (typeof statusCode === 'number' && code !== undefined) {
    const requestId = text(field(data, 'RequestId'))?.match(REQUEST_ID_SHAPE)?.[0];
    const details = {
      retryable: RETRYABLE_CODES.has(code),
      ...(requestId === undefined ? {} : { requestId }),
    };
    if (!CODE_SHAPE.test(code)) {
      return new ApiError(
        502,
        'UpstreamError',
        `Alibaba Cloud refused the call (HTTP ${statusCode}).`,
        details,
      );
    }
    // Scrubbed whole, then cut: cutting first could leave a piece of a key too short to be recognised.
    const message = field(data, 'Message');
    const shown = upstreamMessage(code, typeof message === 'string' ? message : undefined, statusCode);
    return ApiError.upstream(code, shown.slice(0, 500), details);
  }
  if (code !== undefined && NETWORK_CODES.has(code)) {
    return new ApiError(502, 'UpstreamUnreachable', 'Alibaba Cloud could not be reached.', {
      retryable: true,
    });
  }
  if (/socket hang up|ECONNRESET|aborted/i.test(String(field(error, 'message')))) {
    return new ApiError(502, 'UpstreamUnreachable', 'The connection to Alibaba Cloud was cut.', {
      retryable: true,
    });
  }
  if (/credential/i.test(String(field(error, 'message'))) || code === 'InvalidCredentials') {
    return new ApiError(
      502,
      'CredentialsUnavailable',
      'The server could not obtain Alibaba Cloud credentials.',
      {
        retryable: false,
      },
    );
  }
  return new ApiError(502, 'UpstreamError', 'The call to Alibaba Cloud failed.', { retryable: true });
}
