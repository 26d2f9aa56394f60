/** Which failed writes may be tried again, and which must never be: the SDK's errors as it throws them. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error';
import { toWriteError } from './write-failure';

/** What @alicloud/openapi-client throws for an answered error: the body's fields and the status under `data`. */
const answered = (statusCode: number, Code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(Code), {
    code: Code,
    data: { statusCode, Code, Message: `${Code} text`, RequestId: 'R-1', ...extra },
  });
const network = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

describe('a failed write', () => {
  it.each([
    ['a 500 InternalError', answered(500, 'InternalError')],
    ['a 503 ServiceUnavailable', answered(503, 'ServiceUnavailable')],
    ['a reset connection', network('ECONNRESET')],
    ['a read timeout', Object.assign(new Error('timeout'), { name: 'ReadTimeoutError' })],
    ['an answer that is not JSON', new SyntaxError('Unexpected token <')],
    ['something nobody expected', new Error('socket hang up')],
  ])('when it ends in %s, then its outcome is unknown and it is not tried again', (_, raw) => {
    const error = toWriteError(raw, 'CreateRecognitionLib');
    expect(error).toMatchObject({ status: 502, code: 'OutcomeUnknown', retryable: false });
    expect(error.message).toContain('CreateRecognitionLib');
  });

  it('when the service answered 500, then its RequestId is kept for support', () => {
    expect(toWriteError(answered(500, 'InternalError'), 'DeleteRecognitionLib').requestId).toBe('R-1');
  });

  it.each([
    ['the service throttled it', answered(400, 'Throttling.User'), 'Throttling.User'],
    ['the connection was refused', network('ECONNREFUSED'), 'UpstreamUnreachable'],
  ])('when %s, then nothing was written and it may be tried again', (_, raw, code) => {
    expect(toWriteError(raw, 'CreateRecognitionLib')).toMatchObject({ code, retryable: true });
  });

  it('when the service refused the input, then that is its final answer', () => {
    expect(toWriteError(answered(400, 'InvalidParameter'), 'CreateRecognitionLib')).toMatchObject({
      code: 'InvalidParameter',
      retryable: false,
    });
  });

  it('when RAM denies it, then the message names the permission from AccessDeniedDetail, or our action', () => {
    const named = answered(403, 'Forbidden.RAM', {
      AccessDeniedDetail: { AuthAction: 'ice:CreateRecognitionEntity' },
    });
    expect(toWriteError(named, 'CreateRecognitionEntity').message).toMatch(
      /must allow ice:CreateRecognitionEntity\.$/,
    );
    const odd = answered(403, 'Forbidden.RAM', { AccessDeniedDetail: { AuthAction: '<script>' } });
    expect(toWriteError(odd, 'DeleteRecognitionSample').message).toContain('ice:DeleteRecognitionSample');
    expect(toWriteError(odd, 'DeleteRecognitionSample').message).not.toContain('<script>');
  });

  it('when the budget refused it before sending, then that answer stands', () => {
    const budget = new ApiError(429, 'BudgetExhausted', 'wait', { retryable: true });
    expect(toWriteError(budget, 'CreateRecognitionLib')).toBe(budget);
  });
});
