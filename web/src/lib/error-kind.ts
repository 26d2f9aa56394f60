/** Which help a failure needs, from its error code: upstream Alibaba codes and the BFF's own. */
import type { KnownErrorCode } from '@ice-console/shared/error-codes';

export type ErrorKind =
  | 'permission'
  | 'credentials'
  | 'budget'
  | 'throttled'
  | 'timeout'
  | 'upstreamDown'
  | 'serverDown'
  | 'service'
  | 'invalid'
  | 'generic';

// Keys are checked against the shared list of codes: a code renamed on the server fails typecheck here.
const KINDS: Partial<Record<KnownErrorCode, ErrorKind>> = {
  'Forbidden.RAM': 'permission',
  NoPermission: 'permission',
  'InvalidAccessKeyId.NotFound': 'credentials',
  'InvalidAccessKeyId.Inactive': 'credentials',
  InvalidAccessKeyId: 'credentials',
  SignatureDoesNotMatch: 'credentials',
  IncompleteSignature: 'credentials',
  'InvalidSecurityToken.Expired': 'credentials',
  'InvalidSecurityToken.MismatchWithAccessKey': 'credentials',
  CredentialsUnavailable: 'credentials',
  BudgetExhausted: 'budget',
  'Throttling.User': 'throttled',
  'Throttling.Api': 'throttled',
  Throttling: 'throttled',
  UpstreamTimeout: 'timeout',
  UpstreamUnreachable: 'upstreamDown',
  UpstreamBadResponse: 'upstreamDown',
  ServerUnreachable: 'serverDown',
  InternalError: 'service',
  ServiceUnavailable: 'service',
  InvalidQuery: 'invalid',
  UriTooLong: 'invalid',
};

export function errorKind(code: string): ErrorKind {
  return (KINDS as Record<string, ErrorKind | undefined>)[code] ?? 'generic';
}

/** The least RAM policy that allows this dashboard to work (shared/ICE-API.md). */
export const RAM_POLICY = JSON.stringify(
  {
    Version: '1',
    Statement: [{ Effect: 'Allow', Action: 'ice:ListRecognitionLibs', Resource: '*' }],
  },
  null,
  2,
);
