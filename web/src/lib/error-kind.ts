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
  | 'notFound'
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
  InvalidParameter: 'invalid',
  BadRequest: 'invalid',
  UriTooLong: 'invalid',
  LibraryNotFound: 'notFound',
  NotFound: 'notFound',
};

export function errorKind(code: string): ErrorKind {
  return (KINDS as Record<string, ErrorKind | undefined>)[code] ?? 'generic';
}

/**
 * Whether trying the same request again can help. A rejected key or a RAM denial waits for whoever runs the
 * server or the account; a bad link or a missing library stays so: for these the page offers what can work.
 */
export function retryCanHelp(kind: ErrorKind): boolean {
  return !['permission', 'credentials', 'invalid', 'notFound'].includes(kind);
}

/** The least RAM policy that allows this dashboard to work: its three read actions (shared/ICE-API.md). */
export const RAM_POLICY = JSON.stringify(
  {
    Version: '1',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['ice:ListRecognitionLibs', 'ice:ListRecognitionEntities', 'ice:ListRecognitionSamples'],
        Resource: '*',
      },
    ],
  },
  null,
  2,
);
