/** The emulator's fixed accounts (docs/emulator.md). Demo and STS keys share one account and so one QPS limit. */
export type AccountBehaviour = 'allowed' | 'no-permission' | 'disabled';

export interface EmulatorAccount {
  accessKeyId: string;
  accessKeySecret: string;
  /** Whose QPS limit the key draws on. */
  accountId: string;
  behaviour: AccountBehaviour;
  /** STS keys are accepted only with this security token. */
  securityToken?: string;
}

export const DEMO_ACCOUNT = { accessKeyId: 'LTAIemuDemo', accessKeySecret: 'emuDemoSecret' } as const;

export const EMULATOR_ACCOUNTS: readonly EmulatorAccount[] = [
  { ...DEMO_ACCOUNT, accountId: '1000000000000001', behaviour: 'allowed' },
  {
    accessKeyId: 'LTAIemuNoPerm',
    accessKeySecret: 'emuNoPermSecret',
    accountId: '1000000000000002',
    behaviour: 'no-permission',
  },
  {
    accessKeyId: 'LTAIemuDisabled',
    accessKeySecret: 'emuDisabledSecret',
    accountId: '1000000000000003',
    behaviour: 'disabled',
  },
  {
    accessKeyId: 'STS.emuTemp',
    accessKeySecret: 'emuTempSecret',
    accountId: '1000000000000001',
    behaviour: 'allowed',
    securityToken: 'emuToken',
  },
];

const byKeyId = new Map(EMULATOR_ACCOUNTS.map((account) => [account.accessKeyId, account]));

export function findAccount(accessKeyId: string): EmulatorAccount | undefined {
  return byKeyId.get(accessKeyId);
}

/** What the RAM denial of the no-permission account carries, in the shape ICE-API.md shows. */
export const ACCESS_DENIED_DETAIL = {
  PolicyType: 'AccountLevelIdentityBasedPolicy',
  AuthPrincipalType: 'SubUser',
  AuthPrincipalDisplayName: 'emulator-no-permission',
  NoPermissionType: 'ImplicitDeny',
  AuthAction: 'ice:ListRecognitionLibs',
  EncodedDiagnosticMessage: 'AQEAAAAAaQRhc2VjcmV0LWZyZWUtZGlhZ25vc3RpYy1mb3ItdGhlLWVtdWxhdG9y',
};
