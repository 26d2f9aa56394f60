/**
 * The start-up check: one ListRecognitionLibs of one row in the default region, through the real gateway (its
 * budget, retries and deadline), so the operator learns at once whether the key, its RAM policy and the network
 * work, instead of from the first user. Its outcome is one line for the terminal and a record for /api/health.
 */
import { DEFAULT_ALGORITHM } from '@ice-console/shared/algorithms';
import type { Preflight } from '@ice-console/shared/health';
import type { Region } from '@ice-console/shared/regions';
import type { ApiError } from '../api-error';
import type { IceGateway } from '../ice/ice-gateway';
import { toApiError } from '../ice/upstream-error';

export interface PreflightResult {
  health: Preflight;
  /** One line for the terminal. */
  line: string;
}

const DENIED = new Set(['Forbidden.RAM', 'NoPermission']);
const CREDENTIALS =
  /^(InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidSecurityToken|MissingSecurityToken|CredentialsUnavailable)/;

/** The least policy that lets the check and the dashboard read (docs/configuration.md, "Credentials"). */
const READ_POLICY =
  '{"Version":"1","Statement":[{"Effect":"Allow","Action":["ice:ListRecognitionLibs",' +
  '"ice:ListRecognitionEntities","ice:ListRecognitionSamples"],"Resource":"*"}]}';

function failed(error: ApiError, at: string): PreflightResult {
  const base = { code: error.code, at };
  if (DENIED.has(error.code)) {
    return {
      health: { outcome: 'denied', ...base },
      line:
        `denied (${error.code}): the key works but its RAM policy does not allow ice:ListRecognitionLibs. ` +
        `Attach this policy to the RAM user or role: ${READ_POLICY} (or the system policy ` +
        'AliyunICEReadOnlyAccess, which allows every ice:Get*, List* and Describe* action)',
    };
  }
  if (CREDENTIALS.test(error.code)) {
    const what = error.code.endsWith('.Inactive')
      ? 'the AccessKey is disabled; enable it in the RAM console or use another'
      : error.code.endsWith('.NotFound')
        ? 'Alibaba Cloud does not know this AccessKeyId; check ALIBABA_CLOUD_ACCESS_KEY_ID'
        : error.code === 'CredentialsUnavailable'
          ? 'no key could be obtained from the credential chain'
          : 'the signature was refused; check the AccessKey secret (and the clock)';
    return {
      health: { outcome: 'credentials', ...base },
      line: `credentials refused (${error.code}): ${what}`,
    };
  }
  if (error.networkCause !== undefined) {
    return {
      health: { outcome: 'unreachable', ...base, cause: error.networkCause },
      line: `unreachable (${error.networkCause}): ${error.message}`,
    };
  }
  return { health: { outcome: 'failed', ...base }, line: `failed (${error.code}): ${error.message}` };
}

export async function runPreflight(gateway: IceGateway, region: Region): Promise<PreflightResult> {
  try {
    const { page } = await gateway.listLibraries(
      { region, algorithm: DEFAULT_ALGORITHM, pageNumber: 1, pageSize: 1 },
      { bypassCache: true, client: 'preflight' },
    );
    const at = new Date().toISOString();
    return {
      health: { outcome: 'ok', at },
      line: `ok: ListRecognitionLibs answered in ${region}, ${page.totalCount} ${DEFAULT_ALGORITHM} libraries`,
    };
  } catch (caught) {
    return failed(toApiError(caught), new Date().toISOString());
  }
}
