/**
 * The emulator's fixed accounts and their RAM policies (docs/emulator.md). The demo, STS and read-only keys belong
 * to one account, so they share its data and its QPS limits, as RAM users and STS roles of one account do.
 */
import { ServiceError } from './service-error';
import { isReadAction, type RecognitionAction } from './service-model';

/** `read-only` is a RAM policy of `ice:List*`; `no-permission` has no ice policy at all. */
export type AccountBehaviour = 'allowed' | 'read-only' | 'no-permission' | 'disabled';

export interface EmulatorAccount {
  accessKeyId: string;
  accessKeySecret: string;
  /** Whose data and QPS limits the key uses. */
  accountId: string;
  behaviour: AccountBehaviour;
  /** STS keys are accepted only with this security token. */
  securityToken?: string;
}

export const DEMO_ACCOUNT = { accessKeyId: 'LTAIemuDemo', accessKeySecret: 'emuDemoSecret' } as const;
export const READ_ONLY_ACCOUNT = {
  accessKeyId: 'LTAIemuReadOnly',
  accessKeySecret: 'emuReadOnlySecret',
} as const;
export const DEMO_ACCOUNT_ID = '1000000000000001';

export const EMULATOR_ACCOUNTS: readonly EmulatorAccount[] = [
  { ...DEMO_ACCOUNT, accountId: DEMO_ACCOUNT_ID, behaviour: 'allowed' },
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
    accountId: DEMO_ACCOUNT_ID,
    behaviour: 'allowed',
    securityToken: 'emuToken',
  },
  { ...READ_ONLY_ACCOUNT, accountId: DEMO_ACCOUNT_ID, behaviour: 'read-only' },
];

const byKeyId = new Map(EMULATOR_ACCOUNTS.map((account) => [account.accessKeyId, account]));

export function findAccount(accessKeyId: string): EmulatorAccount | undefined {
  return byKeyId.get(accessKeyId);
}

/** What a RAM denial carries, in the shape ICE-API.md shows, naming the action that was refused. */
export function accessDeniedDetail(account: EmulatorAccount, action: RecognitionAction) {
  return {
    PolicyType: 'AccountLevelIdentityBasedPolicy',
    AuthPrincipalType: 'SubUser',
    AuthPrincipalDisplayName:
      account.behaviour === 'read-only' ? 'emulator-read-only' : 'emulator-no-permission',
    NoPermissionType: 'ImplicitDeny',
    AuthAction: `ice:${action}`,
    EncodedDiagnosticMessage: 'AQEAAAAAaQRhc2VjcmV0LWZyZWUtZGlhZ25vc3RpYy1mb3ItdGhlLWVtdWxhdG9y',
  };
}

/** RAM: throws Forbidden.RAM unless the account's policy allows the action (resource `*`, no scoping). */
export function authorize(account: EmulatorAccount, action: RecognitionAction): void {
  const allowed =
    account.behaviour === 'allowed' || (account.behaviour === 'read-only' && isReadAction(action));
  if (!allowed) {
    throw ServiceError.of('Forbidden.RAM', { AccessDeniedDetail: accessDeniedDetail(account, action) });
  }
}
