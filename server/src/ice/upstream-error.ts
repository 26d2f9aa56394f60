/**
 * Turns whatever the SDK threw into an ApiError that is safe to show: the upstream Code, a message that is known
 * to hold no secret (upstream-message.ts) and the RequestId, never the SDK's error object, which can carry the
 * last request with its signed headers.
 */
import type { NetworkCause } from '@ice-console/shared/network-causes';
import { ZodError } from 'zod';
import { ApiError } from '../api-error';
import { classifyNetworkError, NetworkFailure } from './network-failure';
import { upstreamMessage } from './upstream-message';

/** Codes worth another try: the service was busy or broke, not the request. */
const RETRYABLE_CODES = new Set([
  'Throttling',
  'Throttling.User',
  'Throttling.Api',
  'InternalError',
  'ServiceUnavailable',
]);
const CAUSE_WORDS: Record<NetworkCause, string> = {
  dns: 'its name does not resolve (DNS)',
  refused: 'the connection was refused',
  timeout: 'it did not answer in time',
  tls: 'the secure connection (TLS) failed',
  reset: 'the connection was cut',
  unreachable: 'there is no route to it',
  proxy: 'the outbound proxy failed',
};

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

/**
 * A call that got no answer: 504 for a timeout, 502 otherwise; a TLS failure is not worth another try. The
 * endpoint is known when the error came through callIce (a NetworkFailure).
 */
function unreachable(cause: NetworkCause, code: string, host: string | undefined): ApiError {
  const where = host === undefined ? 'Alibaba Cloud' : `Alibaba Cloud at ${host}`;
  const sentence =
    cause === 'proxy'
      ? `Alibaba Cloud could not be reached: the outbound proxy${host === undefined ? '' : ` at ${host}`} failed (${code}).`
      : `${where} could not be reached: ${CAUSE_WORDS[cause]} (${code}).`;
  const details = {
    networkCause: cause,
    retryable: cause !== 'tls',
    ...(host === undefined ? {} : { host }),
  };
  return cause === 'timeout'
    ? new ApiError(504, 'UpstreamTimeout', sentence, details)
    : new ApiError(502, 'UpstreamUnreachable', sentence, details);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof NetworkFailure) {
    return unreachable(error.networkCause, error.code, `${error.address.host}:${error.address.port}`);
  }
  if (error instanceof DeadlineExceeded) {
    return new ApiError(504, 'UpstreamTimeout', 'Alibaba Cloud did not answer in time.', {
      retryable: true,
      networkCause: 'timeout',
    });
  }
  const network = classifyNetworkError(error);
  if (network !== undefined) return unreachable(network.cause, network.code, undefined);
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
  if (/aborted/i.test(String(field(error, 'message')))) {
    return new ApiError(502, 'UpstreamUnreachable', 'The connection to Alibaba Cloud was cut.', {
      retryable: true,
      networkCause: 'reset',
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
