/**
 * Where the AccessKey comes from: the SDK's default credential chain, or a fixed key (demo mode, tests).
 */
import { Credential, CredentialConfig } from './sdk';

export interface StaticKey {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

export function staticCredential(key: StaticKey): Credential {
  const type = key.securityToken === undefined ? 'access_key' : 'sts';
  return new Credential(new CredentialConfig({ type, ...key }));
}

/**
 * The default chain: env vars, OIDC, the aliyun CLI's profile, the ini file, the ECS RAM role, the credentials URI.
 * Unless asked for, the ECS metadata service (100.100.100.200) is left out: off ECS it is a request to a
 * non-loopback address that hangs until its timeout.
 */
export function defaultCredentialChain(useEcsMetadata: boolean): Credential {
  if (!useEcsMetadata) process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = 'true';
  return new Credential();
}

/**
 * Whether the default chain yields a key. A fresh chain is used for the probe because the chain remembers the
 * last provider it tried, even a failed one.
 */
export async function chainHasCredentials(useEcsMetadata: boolean): Promise<boolean> {
  try {
    const found = await defaultCredentialChain(useEcsMetadata).getCredential();
    return Boolean(found.accessKeyId);
  } catch {
    return false;
  }
}
