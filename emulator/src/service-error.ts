/** The service's error codes with their HTTP statuses and messages (../shared/ICE-API.md), and the error body. */
import { randomUUID } from 'node:crypto';

const CATALOGUE = {
  SignatureDoesNotMatch: [400, 'Specified signature is not matched with our calculation.'],
  IncompleteSignature: [400, 'The request signature does not conform to Aliyun standards.'],
  'InvalidAccessKeyId.NotFound': [404, 'Specified access key is not found.'],
  'InvalidAccessKeyId.Inactive': [400, 'Specified access key is disabled.'],
  'InvalidTimeStamp.Expired': [400, 'Specified time stamp or date value is expired.'],
  'InvalidTimeStamp.Format': [400, 'Specified time stamp or date value is not well formatted.'],
  SignatureNonceUsed: [400, 'Specified signature nonce was used already.'],
  MissingSecurityToken: [400, 'SecurityToken is mandatory for this action.'],
  'InvalidSecurityToken.Mismatch': [400, 'Specified SecurityToken is mismatch.'],
  'Throttling.User': [400, 'Request was denied due to user flow control.'],
  'Forbidden.RAM': [
    403,
    "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
  ],
  'InvalidAction.NotFound': [404, 'Specified api is not found, please check your url and method.'],
  InvalidVersion: [400, 'Specified parameter Version is not valid.'],
  InternalError: [500, 'errorMsg:The request processing has failed due to some unknown error.'],
  ServiceUnavailable: [503, 'The request has failed due to a temporary failure of the server.'],
} as const satisfies Record<string, readonly [number, string]>;

export type CatalogueCode = keyof typeof CATALOGUE;

export class ServiceError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static of(code: CatalogueCode, extra: Record<string, unknown> = {}): ServiceError {
    const [status, message] = CATALOGUE[code];
    return new ServiceError(code, status, message, extra);
  }

  static missing(param: string): ServiceError {
    return new ServiceError(`Missing${param}`, 400, `${param} is mandatory for this action.`);
  }

  static invalidParameter(detail: string): ServiceError {
    return new ServiceError('InvalidParameter', 400, `errorMsg:${detail}`);
  }

  /**
   * The gateway tells the caller what it signed, so a client can compare: for RPC the whole string to sign, with
   * the AccessKeyId and any SecurityToken in it (public bug reports show this text). A console must not show it.
   */
  static signatureMismatch(serverText: string): ServiceError {
    const [status, message] = CATALOGUE.SignatureDoesNotMatch;
    return new ServiceError(
      'SignatureDoesNotMatch',
      status,
      `${message} server string to sign is:${serverText}`,
    );
  }
}

export const HOST_ID = 'ice.aliyuncs.com';

export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

export function errorBody(error: ServiceError, requestId: string): Record<string, unknown> {
  return {
    RequestId: requestId,
    HostId: HOST_ID,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=ICE&requestId=${requestId}`,
    ...error.extra,
  };
}
