/**
 * ACS3-HMAC-SHA256 (signature V3), written from the signature document, independent of the SDK's helpers.
 */
import { createHash, createHmac } from 'node:crypto';
import { canonicalQuery } from './percent-encode';

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

export interface V3Input {
  method: string;
  query: ReadonlyArray<readonly [string, string]>;
  /** Header values by lower-case name. */
  headers: Readonly<Record<string, string>>;
  signedHeaders: readonly string[];
  hashedPayload: string;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function v3CanonicalRequest(input: V3Input): string {
  const headerLines = input.signedHeaders
    .map((name) => `${name}:${(input.headers[name] ?? '').trim()}\n`)
    .join('');
  return [
    input.method.toUpperCase(),
    '/',
    canonicalQuery(input.query),
    headerLines,
    input.signedHeaders.join(';'),
    input.hashedPayload,
  ].join('\n');
}

export function v3StringToSign(canonicalRequest: string): string {
  return `${V3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}

export function v3SignatureOf(secret: string, stringToSign: string): string {
  return createHmac('sha256', secret).update(stringToSign).digest('hex');
}

export function v3Signature(secret: string, input: V3Input): string {
  return v3SignatureOf(secret, v3StringToSign(v3CanonicalRequest(input)));
}

export interface V3Authorization {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`; undefined when malformed. */
export function parseV3Authorization(header: string): V3Authorization | undefined {
  const match =
    /^ACS3-HMAC-SHA256 +Credential=([^,\s]+), *SignedHeaders=([a-z0-9;_.-]+), *Signature=([0-9a-f]{64})$/.exec(
      header.trim(),
    );
  if (!match) return undefined;
  const [, accessKeyId = '', signedHeaders = '', signature = ''] = match;
  return { accessKeyId, signedHeaders: signedHeaders.split(';'), signature };
}
