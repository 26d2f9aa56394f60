/**
 * A write that may go out: the audit intent on disk first (else nothing is sent), then the call, then the audit
 * outcome. Never throws: whatever happens becomes the answer that the Idempotency-Key will replay.
 */
import { BFF_ERROR_CODES } from '@ice-console/shared/error-codes';
import type { AuditEntry } from '@ice-console/shared/writes';
import type { Logger } from 'pino';
import { ApiError } from '../api-error';
import type { IceGateway } from '../ice/ice-gateway';
import { toApiError } from '../ice/upstream-error';
import type { WriteCallResult } from '../ice/write-call';
import type { WriteSpec } from '../ice/write-specs';
import { type AuditFacts, createdIds } from './audit-facts';
import { type AuditLog, fileErrorCode } from './audit-log';
import type { StoredAnswer } from './idempotency-store';

/** Who attempted what: the part of an audit line that every phase of one attempt shares. */
export type Attempt = Pick<AuditEntry, 'role' | 'session' | 'action' | 'requestId'> & AuditFacts;
export type AuditLine = Pick<AuditEntry, 'phase'> & Partial<AuditEntry>;

export function auditLine(attempt: Attempt, line: AuditLine): AuditEntry {
  return { time: new Date().toISOString(), ...attempt, ...line };
}

/** A repeated key's line: the first answer's outcome, IDs and RequestId, so the trail reads the same either way. */
export function replayLine(attempt: Attempt, answer: StoredAnswer): AuditEntry {
  const body = 'body' in answer.result ? answer.result.body : undefined;
  const { upstreamRequestId } = answer;
  return auditLine(
    { ...attempt, ...createdIds(body) },
    {
      phase: 'replayed',
      outcome: answer.outcome,
      ...(upstreamRequestId === undefined ? {} : { upstreamRequestId }),
    },
  );
}

/** Appends a line whose failure must not change the answer (the call is made, or nothing was to be sent). */
export async function appendOrLog(auditLog: AuditLog, logger: Logger, entry: AuditEntry): Promise<void> {
  await auditLog.append(entry).catch((caught: unknown) => {
    const code = fileErrorCode(caught);
    logger.error({ err: { code }, phase: entry.phase, outcome: entry.outcome }, 'audit line not written');
  });
}

/**
 * The service's own refusal (InvalidParameter, Forbidden.RAM) and an unknown outcome are this key's answer for
 * good; ours (budget full, audit unavailable) and throttling say nothing happened, so the key may try again.
 */
function remembers(error: ApiError): boolean {
  if (error.code === 'OutcomeUnknown') return true;
  return !(BFF_ERROR_CODES as readonly string[]).includes(error.code) && !error.retryable;
}

function toStored<Answer extends { requestId: string }>(
  status: number,
  sent: WriteCallResult<Answer>,
): StoredAnswer {
  if (sent.answer !== undefined) {
    const { answer } = sent;
    return {
      result: { status, body: answer },
      outcome: 'ok',
      upstreamRequestId: answer.requestId,
      remember: true,
    };
  }
  const error = sent.error ?? toApiError(undefined);
  return {
    result: { error },
    outcome: error.code === 'OutcomeUnknown' ? 'unknown' : error.code,
    ...(error.requestId === undefined ? {} : { upstreamRequestId: error.requestId }),
    remember: remembers(error),
  };
}

export interface ExecuteDeps {
  gateway: IceGateway;
  auditLog: AuditLog;
  logger: Logger;
}

export async function executeWrite<Answer extends { requestId: string }>(
  deps: ExecuteDeps,
  attempt: Attempt,
  spec: WriteSpec<Answer>,
  status: number,
  client: string,
): Promise<StoredAnswer & { upstreamMs: number }> {
  try {
    await deps.auditLog.append(auditLine(attempt, { phase: 'intent' }));
  } catch (caught) {
    deps.logger.error({ err: { code: fileErrorCode(caught) } }, 'audit intent not written');
    const error = new ApiError(
      503,
      'AuditUnavailable',
      'The audit trail could not be written, so nothing was sent.',
    );
    return { result: { error }, outcome: error.code, remember: false, upstreamMs: 0 };
  }
  const sent = await deps.gateway.write(spec, client).catch(
    (caught: unknown): WriteCallResult<Answer> => ({
      error: toApiError(caught),
      sent: false,
      upstreamMs: 0,
    }),
  );
  const stored = toStored(status, sent);
  const { upstreamRequestId } = stored;
  await appendOrLog(
    deps.auditLog,
    deps.logger,
    auditLine(
      { ...attempt, ...createdIds(sent.answer) },
      {
        phase: 'outcome',
        outcome: stored.outcome,
        ...(upstreamRequestId === undefined ? {} : { upstreamRequestId }),
      },
    ),
  );
  return { ...stored, upstreamMs: sent.upstreamMs };
}
