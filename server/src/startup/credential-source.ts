/**
 * Where the key in use came from, in the operator's words: the credential chain names the provider that answered
 * (`default/env`, `default/cli_profile`…), the report shows it with the AccessKeyId masked and never the secret.
 */
import type { Credential } from '../ice/sdk';
import { scrubSecrets } from '../ice/upstream-message';
import { maskAccessKeyId } from './masking';

const SOURCES: Record<string, string> = {
  env: 'environment (ALIBABA_CLOUD_ACCESS_KEY_ID)',
  oidc_role_arn: 'OIDC role (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE)',
  cli_profile: 'aliyun CLI profile (~/.aliyun/config.json, ALIBABA_CLOUD_PROFILE)',
  profile: 'credentials file (~/.alibabacloud/credentials)',
  ecs_ram_role: 'ECS RAM role (instance metadata)',
  credential_uri: 'credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)',
  static_ak: 'a fixed AccessKey',
  static_sts: 'a fixed STS token',
};

export type CredentialFacts =
  | { found: true; source: string; maskedKeyId: string }
  | { found: false; problem: string };

export function describeProvider(providerName: string | undefined): string {
  // The chain's name is `default/<provider>`; a fixed key's is the provider alone.
  const provider = providerName?.split('/').at(-1) ?? '';
  return SOURCES[provider] ?? (provider === '' ? 'unknown' : provider);
}

export async function credentialFacts(credential: Credential, demoKey: boolean): Promise<CredentialFacts> {
  try {
    const found = await credential.getCredential();
    if (!found.accessKeyId) return { found: false, problem: 'the credential chain gave no AccessKeyId' };
    return {
      found: true,
      source: demoKey ? 'the emulator’s demo key' : describeProvider(found.providerName),
      maskedKeyId: maskAccessKeyId(found.accessKeyId),
    };
  } catch (error) {
    // The chain's message lists each provider's failure; scrubbed whole, then cut, like an upstream message.
    const message = error instanceof Error ? error.message : String(error);
    return { found: false, problem: scrubSecrets(message).slice(0, 300) };
  }
}
