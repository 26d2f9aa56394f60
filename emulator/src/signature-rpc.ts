/** The legacy RPC signature (HMAC-SHA1, SignatureVersion 1.0), written from the signature document. */
import { createHmac } from 'node:crypto';
import { canonicalQuery, percentEncode } from './percent-encode';

/** Every parameter but Signature, sorted and encoded; the secret gets a trailing `&`. */
export function rpcSignature(
  secret: string,
  method: string,
  params: ReadonlyArray<readonly [string, string]>,
): string {
  const query = canonicalQuery(params.filter(([name]) => name !== 'Signature'));
  const stringToSign = `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(query)}`;
  return createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
}
