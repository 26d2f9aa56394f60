import { afterEach, describe, expect, it } from 'vitest';
import { defaultCredentialChain } from '../ice/credentials';
import { credentialFacts, describeProvider } from './credential-source';
import { maskAccessKeyId, maskProxyUrl } from './masking';

const saved = { ...process.env };
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe('where the key came from', () => {
  it('when the key is in the environment, then the report says so with the AccessKeyId masked', async () => {
    process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = 'LTAI5tQx9vNw2LmZpK7sabcd';
    process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'aSecretThatMustNeverBeShown';
    const facts = await credentialFacts(defaultCredentialChain(false), false);
    expect(facts).toEqual({
      found: true,
      source: 'environment (ALIBABA_CLOUD_ACCESS_KEY_ID)',
      maskedKeyId: 'LTAI****abcd',
    });
  });

  it('when no source in the chain has a key, then it says none was found, without any value', async () => {
    delete process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
    delete process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
    process.env.HOME = '/nonexistent-home';
    process.env.ALIBABA_CLOUD_CREDENTIALS_FILE = '/nonexistent-home/credentials';
    const facts = await credentialFacts(defaultCredentialChain(false), false);
    expect(facts.found).toBe(false);
  });

  it.each([
    ['default/env', 'environment (ALIBABA_CLOUD_ACCESS_KEY_ID)'],
    ['default/oidc_role_arn', 'OIDC role (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE)'],
    ['default/cli_profile', 'aliyun CLI profile (~/.aliyun/config.json, ALIBABA_CLOUD_PROFILE)'],
    ['default/profile', 'credentials file (~/.alibabacloud/credentials)'],
    ['default/ecs_ram_role', 'ECS RAM role (instance metadata)'],
    ['default/credential_uri', 'credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)'],
  ])('when the chain names %s, then the source reads "%s"', (provider, words) => {
    expect(describeProvider(provider)).toBe(words);
  });
});

describe('masking', () => {
  it('when an AccessKeyId is shown, then only its first and last four characters are', () => {
    expect(maskAccessKeyId('LTAI5tQx9vNw2LmZpK7sabcd')).toBe('LTAI****abcd');
    expect(maskAccessKeyId('LTAIemuDemo')).toBe('LTAI****');
  });

  it('when a proxy URL holds a user and password, then neither is shown', () => {
    expect(maskProxyUrl('http://alice:s3cret@proxy.corp:3128')).toBe('http://****@proxy.corp:3128');
    expect(maskProxyUrl('http://proxy.corp:3128/')).toBe('http://proxy.corp:3128');
  });
});
