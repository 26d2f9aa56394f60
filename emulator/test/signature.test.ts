import { describe, expect, it } from 'vitest';
import { rpcSignature } from '../src/signature-rpc';
import { parseV3Authorization, sha256Hex, v3CanonicalRequest, v3Signature } from '../src/signature-v3';

// The official known-answer vectors of ../shared/ICE-API.md.
const EMPTY_BODY_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const v3Vector = (host: string, action: string, version: string, query: [string, string][]) => ({
  method: 'POST',
  query,
  headers: {
    host,
    'x-acs-action': action,
    'x-acs-content-sha256': EMPTY_BODY_HASH,
    'x-acs-date': '2023-10-26T10:22:32Z',
    'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
    'x-acs-version': version,
  },
  signedHeaders: [
    'host',
    'x-acs-action',
    'x-acs-content-sha256',
    'x-acs-date',
    'x-acs-signature-nonce',
    'x-acs-version',
  ],
  hashedPayload: EMPTY_BODY_HASH,
});

describe('signature V3 (ACS3-HMAC-SHA256)', () => {
  it('when given the RunInstances document example, then it matches the official canonical hash and signature', () => {
    const input = v3Vector('ecs.cn-shanghai.aliyuncs.com', 'RunInstances', '2014-05-26', [
      ['ImageId', 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd'],
      ['RegionId', 'cn-shanghai'],
    ]);
    expect(sha256Hex(v3CanonicalRequest(input))).toBe(
      '7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259',
    );
    expect(v3Signature('YourAccessKeySecret', input)).toBe(
      '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    );
  });

  it('when given the ListRecognitionLibs vector, then it matches the derived signature', () => {
    const input = v3Vector('ice.cn-shanghai.aliyuncs.com', 'ListRecognitionLibs', '2020-11-09', [
      ['PageSize', '10'],
      ['Algorithm', 'landmark'],
      ['PageNumber', '1'],
    ]);
    expect(v3Signature('YourAccessKeySecret', input)).toBe(
      'df5e5aefe1b7fe3fa4f959806b8263e12868eb77a205f0b43888f87a746c886f',
    );
  });

  it('when the Authorization header is well formed, then its parts are read; otherwise it is refused', () => {
    const sig = 'a'.repeat(64);
    expect(
      parseV3Authorization(`ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;x-acs-date,Signature=${sig}`),
    ).toEqual({
      accessKeyId: 'AK',
      signedHeaders: ['host', 'x-acs-date'],
      signature: sig,
    });
    expect(parseV3Authorization(`ACS3-HMAC-SHA256 Credential=AK,Signature=${sig}`)).toBeUndefined();
    expect(
      parseV3Authorization(`HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=${sig}`),
    ).toBeUndefined();
  });
});

describe('signature RPC (HMAC-SHA1)', () => {
  const params: [string, string][] = [
    ['AccessKeyId', 'testid'],
    ['Action', 'DescribeDedicatedHosts'],
    ['Format', 'JSON'],
    ['RegionId', 'cn-beijing'],
    ['SignatureMethod', 'HMAC-SHA1'],
    ['SignatureNonce', 'edb2b34af0af9a6d14deaf7c1a5315eb'],
    ['SignatureVersion', '1.0'],
    ['Timestamp', '2023-03-13T08:34:30Z'],
    ['Version', '2014-05-26'],
  ];

  it('when given the GET document example, then it matches the official signature', () => {
    expect(rpcSignature('testsecret', 'GET', params)).toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });

  it('when the same parameters are POSTed, then it matches the derived signature and ignores a Signature parameter', () => {
    expect(rpcSignature('testsecret', 'POST', [...params, ['Signature', 'ignored']])).toBe(
      'ZvQ9xGiFnquSJRvj+WE6kdSpTwU=',
    );
  });
});
