import { describe, expect, it } from 'vitest';
import { toApiError } from './upstream-error';
import { scrubSecrets, upstreamMessage } from './upstream-message';

const KEY_ID = 'LTAI5tQx9Kd2Wm8Rz4Hn7Yb1';
const STS_KEY_ID = 'STS.NUx8Lq2Vd5Kc9Wm3Rb7Tz';
const STS_TOKEN =
  'CAIS8QF1q6Ft5B2yfSjIr5bSEsKbjnUe1Ja8h0fCiEUHO8oYHKrOjzz2IHhMenVgAe0XsvU0mGhX7vwYlqB6T55OSAmcNZIoQqS0tUOC';
// What Alibaba Cloud's gateway answers a bad RPC signature with (public bug reports of other projects show it).
const RPC_MESSAGE =
  'Specified signature is not matched with our calculation. server string to sign is:POST&%2F&' +
  `AccessKeyId%3D${STS_KEY_ID}%26Action%3DListRecognitionLibs%26Algorithm%3Dlandmark%26Format%3DJSON` +
  `%26PageNumber%3D1%26PageSize%3D10%26SecurityToken%3D${STS_TOKEN}%26SignatureMethod%3DHMAC-SHA1` +
  '%26SignatureNonce%3D3e1a9c%26SignatureVersion%3D1.0%26Timestamp%3D2026-11-28T08%253A34%253A30Z' +
  '%26Version%3D2020-11-09';
// The V3 form: the string to sign is the algorithm and a hash; some gateways add the canonical request.
const V3_MESSAGE =
  'Specified signature is not matched with our calculation. server string to sign is:ACS3-HMAC-SHA256\n' +
  '7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259 server canonical request is:POST\n/\n' +
  'Algorithm=landmark&PageNumber=1&PageSize=10\nhost:ice.cn-shanghai.aliyuncs.com\n' +
  `x-acs-action:ListRecognitionLibs\nx-acs-security-token:${STS_TOKEN}\n`;
const INCOMPLETE_MESSAGE = `signature does not conform to standards. server string to sign is:GET&%2F&AccessKeyId%3D${KEY_ID}%26Action%3DListRecognitionLibs`;
const FIRST_SENTENCE = 'Specified signature is not matched with our calculation.';

function expectNoSecret(text: string) {
  for (const secret of [KEY_ID, STS_KEY_ID, STS_TOKEN, STS_TOKEN.slice(0, 24), 'string to sign', 'x-acs-'])
    expect(text).not.toContain(secret);
}

describe('scrubbing what Alibaba Cloud says', () => {
  it.each([
    ['RPC', RPC_MESSAGE],
    ['V3', V3_MESSAGE],
  ])(
    'when the gateway answers a bad %s signature with its string to sign, then only the first sentence is left',
    (_, message) => {
      const shown = upstreamMessage('SignatureDoesNotMatch', message, 400);
      expect(shown).toBe(FIRST_SENTENCE);
      expectNoSecret(shown);
    },
  );

  it('when an incomplete signature is answered with the string to sign, then it goes too', () => {
    const shown = upstreamMessage('IncompleteSignature', INCOMPLETE_MESSAGE, 400);
    expect(shown).toBe('signature does not conform to standards.');
    expectNoSecret(shown);
  });

  it('when any text holds something shaped like a key id, a token or a signed parameter, then it is removed', () => {
    const scrubbed = scrubSecrets(
      `key ${KEY_ID} and ${STS_KEY_ID}, token ${STS_TOKEN}, AccessKeyId=abc SecurityToken: xyz Credential=k1,Signature=s1`,
    );
    expectNoSecret(scrubbed);
    expect(scrubbed).not.toMatch(/abc|xyz|k1|s1/);
    expect(scrubbed).toContain('[removed]');
  });

  it('when the code is on the allow-list and the message is plain, then the service message is shown as it is', () => {
    const message =
      "User not authorized to operate on the specified resource, or this API doesn't support RAM.";
    expect(upstreamMessage('Forbidden.RAM', message, 403)).toBe(message);
    expect(upstreamMessage('MissingAlgorithm', 'Algorithm is mandatory for this action.', 400)).toBe(
      'Algorithm is mandatory for this action.',
    );
  });

  it('when the code is not on the allow-list, then the service message is not shown at all', () => {
    const shown = upstreamMessage('Some.NewCode', `Your key ${KEY_ID} did something (abc)`, 400);
    expect(shown).toBe('Alibaba Cloud refused the call: Some.NewCode (HTTP 400).');
  });

  it('when the SDK throws the gateway error, then the ApiError carries the code, the scrubbed message and the request id only', () => {
    const sdkError = Object.assign(
      new Error(`SignatureDoesNotMatch: code: 400, ${RPC_MESSAGE} request id: 5B1C`),
      {
        code: 'SignatureDoesNotMatch',
        statusCode: 400,
        data: {
          RequestId: '5B1C0D2E-0000-4000-8000-000000000000',
          Code: 'SignatureDoesNotMatch',
          Message: RPC_MESSAGE,
          statusCode: 400,
        },
      },
    );
    const error = toApiError(sdkError);
    expect([error.status, error.code, error.message]).toEqual([502, 'SignatureDoesNotMatch', FIRST_SENTENCE]);
    expect(error.requestId).toBe('5B1C0D2E-0000-4000-8000-000000000000');
  });

  it('when the upstream code is not shaped like a code, then it is not passed through', () => {
    const error = toApiError({
      data: { Code: `Bad ${KEY_ID}<script>`, Message: 'x', statusCode: 400 },
    });
    expect(error.code).toBe('UpstreamError');
    expectNoSecret(`${error.code} ${error.message}`);
  });
});
