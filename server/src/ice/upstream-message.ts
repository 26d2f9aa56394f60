/**
 * What of Alibaba Cloud's error message a browser may see. The gateway answers a bad signature with its string to
 * sign, which holds the AccessKeyId and the start of an STS token; so a message is shown only for codes whose
 * messages are known to be plain, and even those lose anything shaped like a key, a token or a signed request.
 */

/** Codes whose Message is a fixed sentence (../shared/ICE-API.md), or names only the caller's own input. */
const SHOWN_MESSAGE_CODES = new Set([
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidAccessKeyId',
  'InvalidAccessKeyId.NotFound',
  'InvalidAccessKeyId.Inactive',
  'InvalidTimeStamp.Expired',
  'InvalidTimeStamp.Format',
  'SignatureNonceUsed',
  'MissingSecurityToken',
  'InvalidSecurityToken.Expired',
  'InvalidSecurityToken.Mismatch',
  'InvalidSecurityToken.MismatchWithAccessKey',
  'Throttling',
  'Throttling.User',
  'Throttling.Api',
  'Forbidden.RAM',
  'NoPermission',
  'InvalidAction.NotFound',
  'InvalidVersion',
  'InvalidParameter',
  'InternalError',
  'ServiceUnavailable',
]);
/** `Missing<Param>`: "<Param> is mandatory for this action." */
const MISSING_PARAMETER = /^Missing[A-Z][A-Za-z]*$/;

const REMOVED = '[removed]';
/** Everything from the gateway's view of the request on: "server string to sign is:…", "canonical request…". */
const SIGNED_REQUEST_TAIL =
  /\s*(?:server\s+)?(?:string[\s_-]*to[\s_-]*sign|canonical[\s_-]*request)[\s\S]*$/i;
const NAMED_SECRET =
  /\b(AccessKeyId|AccessKeySecret|SecurityToken|Signature|Credential|x-acs-security-token|x-acs-accesskey-id)(\s*(?:=|:|%3D)\s*)[^\s,&%]+/gi;
/** AccessKeyIds (`LTAI…`) and STS key ids (`STS.…`). */
const KEY_ID = /\b(?:LTAI|STS\.)[A-Za-z0-9]{4,}/g;
/** STS tokens and other long base64 runs; no plain sentence has 40 such characters in a row. */
const LONG_TOKEN = /[A-Za-z0-9+/=]{40,}/g;

export function scrubSecrets(text: string): string {
  return text
    .replace(SIGNED_REQUEST_TAIL, '')
    .replace(NAMED_SECRET, `$1$2${REMOVED}`)
    .replace(KEY_ID, REMOVED)
    .replace(LONG_TOKEN, REMOVED);
}

/** The message to show for an upstream error: the service's own, scrubbed, when its code is on the list. */
export function upstreamMessage(code: string, message: string | undefined, statusCode: number): string {
  const ours = `Alibaba Cloud refused the call: ${code} (HTTP ${statusCode}).`;
  if (message === undefined || !(SHOWN_MESSAGE_CODES.has(code) || MISSING_PARAMETER.test(code))) return ours;
  const scrubbed = scrubSecrets(message).trim();
  return scrubbed === '' ? ours : scrubbed;
}
