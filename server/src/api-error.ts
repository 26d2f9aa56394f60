/** The BFF's one error type; the error handler turns it into the shared error body. */
import type { BffErrorCode } from '@ice-console/shared/error-codes';
import type { NetworkCause } from '@ice-console/shared/network-causes';

export interface ApiErrorDetails {
  field?: string;
  requestId?: string;
  retryable?: boolean;
  retryAfterSeconds?: number;
  /** Why Alibaba Cloud could not be reached, and where: shown to signed-in users, logged with the port. */
  networkCause?: NetworkCause;
  host?: string;
}

export class ApiError extends Error {
  readonly status: number;
  /** One of ours (typed), or Alibaba Cloud's own code passed through by `ApiError.upstream`. */
  readonly code: string;
  readonly field: string | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterSeconds: number | undefined;
  readonly networkCause: NetworkCause | undefined;
  readonly host: string | undefined;

  constructor(status: number, code: BffErrorCode, message: string, details: ApiErrorDetails = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = details.field;
    this.requestId = details.requestId;
    this.retryable = details.retryable ?? false;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.networkCause = details.networkCause;
    this.host = details.host;
  }

  /** An error answered by Alibaba Cloud, under its own code, as a 502 from us. */
  static upstream(code: string, message: string, details: ApiErrorDetails = {}): ApiError {
    const error = new ApiError(502, 'UpstreamError', message, details);
    Object.defineProperty(error, 'code', { value: code });
    return error;
  }
}
