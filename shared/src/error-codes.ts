/**
 * Every error code a client can see, in one place: the BFF's own, the browser's own, and the Alibaba Cloud codes
 * the BFF passes through. Free of zod: the browser imports it. A renamed code fails typecheck on both sides.
 */
export const BFF_ERROR_CODES = [
  'BadRequest',
  'BudgetExhausted',
  'CredentialsUnavailable',
  'HostNotAllowed',
  'InternalError',
  'InvalidBody',
  'InvalidQuery',
  'InvalidToken',
  'NotFound',
  'OriginNotAllowed',
  'PayloadTooLarge',
  'SignInDisabled',
  'SignInRequired',
  'TooManySignInAttempts',
  'UpstreamBadResponse',
  'UpstreamError',
  'UpstreamTimeout',
  'UpstreamUnreachable',
  'UriTooLong',
  'CrossSiteRequest',
  'HeadersTooLarge',
  'RequestTimeout',
  'LibraryNotFound',
  'WritesDisabled',
  'ReadOnlySession',
  'IdempotencyKeyRequired',
  'IdempotencyKeyReused',
  'OutcomeUnknown',
  'AuditUnavailable',
  'UnsupportedMediaType',
] as const;
export type BffErrorCode = (typeof BFF_ERROR_CODES)[number];

/** Made by the browser itself: no server answered, or one answered without our error body. */
export const CLIENT_ERROR_CODES = ['ServerUnreachable', 'UnknownError'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** Alibaba Cloud's codes that the console explains (../shared/ICE-API.md); others pass through as plain text. */
export const UPSTREAM_ERROR_CODES = [
  'Forbidden.RAM',
  'NoPermission',
  'InvalidAccessKeyId.NotFound',
  'InvalidAccessKeyId.Inactive',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidSecurityToken.Expired',
  'InvalidSecurityToken.MismatchWithAccessKey',
  'Throttling',
  'Throttling.User',
  'Throttling.Api',
  'InternalError',
  'ServiceUnavailable',
  'InvalidParameter',
] as const;
export type UpstreamErrorCode = (typeof UPSTREAM_ERROR_CODES)[number];

export type KnownErrorCode = BffErrorCode | ClientErrorCode | UpstreamErrorCode;
