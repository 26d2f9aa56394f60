/** The legacy RPC signature (HMAC-SHA1, SignatureVersion 1.0), written from the signature document. */
import { createHmac } from 'node:crypto';
import { canonicalQuery, percentEncode } from './percent-encode';

/** Every parameter but Signature, sorted and encoded, behind the method and the encoded path. */
export function rpcStringToSign(method: string, params: ReadonlyArray<readonly [string, string]>): string {
  const query = canonicalQuery(params.filter(([name]) => name !== 'Signature'));
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(query)}`;
}

/** The secret gets a trailing `&` (the empty token secret of the old OAuth-style scheme). */
export function rpcSignatureOf(secret: string, stringToSign: string): string {
  return createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
}

export function rpcSignature(
  secret: string,
  method: string,
  params: ReadonlyArray<readonly [string, string]>,
): string {
  return rpcSignatureOf(secret, rpcStringToSign(method, params));
}
