/**
 * Every write route, in one order: who may write (ICE_WRITES, the role), what was sent (JSON, Idempotency-Key,
 * the contract), whether it was already answered (idempotency-store.ts), then the write itself
 * (write-execution.ts). Anything refused on the way leaves a `refused` line in the audit trail.
 */
import { createHash } from 'node:crypto';
import type { Role } from '@ice-console/shared/session';
import { IDEMPOTENT_REPLAYED_HEADER } from '@ice-console/shared/write-limits';
import type { WriteAction } from '@ice-console/shared/writes';
import type { Request, RequestHandler } from 'express';
import { ApiError } from '../api-error';
import type { SignIn } from '../http/sign-in';
import type { WriteSpec } from '../ice/write-specs';
import { attemptFacts } from './audit-facts';
import { fingerprintOf, type IdempotencyStore, type StoredAnswer } from './idempotency-store';
import {
  type Attempt,
  appendOrLog,
  auditLine,
  type ExecuteDeps,
  executeWrite,
  replayLine,
} from './write-execution';
import { idempotencyKeyOf, readJsonBody } from './write-request';

export interface WriteDeps extends ExecuteDeps {
  signIn: SignIn;
  idempotency: IdempotencyStore;
  /** ICE_WRITES=on. */
  enabled: boolean;
  clientOf: (req: Request) => string;
}

/** Turns the request into the write to send, through the shared schemas; throws a 400 naming the field. */
export type PlanWrite<Answer> = (req: Request, body: unknown) => WriteSpec<Answer>;

const writesDisabled = () =>
  new ApiError(
    403,
    'WritesDisabled',
    'Changes are turned off on this dashboard. An operator can turn them on with ICE_WRITES=on.',
  );
const readOnlySession = () =>
  new ApiError(
    403,
    'ReadOnlySession',
    'This session may only read. Sign in with the editor token to make changes.',
  );
const keyReused = () =>
  new ApiError(422, 'IdempotencyKeyReused', 'This Idempotency-Key was already used for a different change.', {
    field: 'Idempotency-Key',
  });

/** A non-secret name for who asks: a hash of the session id, or the client address without sign-in. */
function requesterOf(signIn: SignIn, req: Request): string {
  const session = signIn.sessionOf(req);
  if (session === undefined) return `address ${req.ip}`;
  return `session ${createHash('sha256').update(session).digest('hex').slice(0, 16)}`;
}

export function writeHandler<Answer extends { requestId: string }>(
  deps: WriteDeps,
  action: WriteAction,
  status: 200 | 201,
  plan: PlanWrite<Answer>,
): RequestHandler {
  return async (req, res) => {
    // requireSession ran before: a session without a role cannot be, and would get the least.
    const role: Role = deps.signIn.roleOf(req) ?? 'viewer';
    const read = await readJsonBody(req, res, req.method === 'POST');
    const attempt: Attempt = {
      role,
      session: requesterOf(deps.signIn, req),
      action,
      requestId: String(res.getHeader('X-Request-Id') ?? ''),
      ...attemptFacts(req.params, req.query, read.body),
    };
    const refuse = async (caught: unknown): Promise<never> => {
      const outcome = caught instanceof ApiError ? caught.code : 'InternalError';
      await appendOrLog(deps.auditLog, deps.logger, auditLine(attempt, { phase: 'refused', outcome }));
      throw caught;
    };
    let spec: WriteSpec<Answer>;
    let key: string;
    try {
      if (!deps.enabled) throw writesDisabled();
      if (role !== 'editor') throw readOnlySession();
      if (read.problem !== undefined) throw read.problem;
      key = idempotencyKeyOf(req);
      spec = plan(req, read.body);
    } catch (caught) {
      return refuse(caught);
    }
    const fingerprint = fingerprintOf(action, { ...spec.upstreamQuery, region: spec.region });
    const claim = deps.idempotency.claim(attempt.session, key, fingerprint);
    if (claim.kind === 'conflict') return refuse(keyReused());
    let answer: StoredAnswer;
    if (claim.kind === 'repeat') {
      answer = await claim.answer;
      res.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
      await appendOrLog(deps.auditLog, deps.logger, replayLine(attempt, answer));
    } else {
      try {
        const done = await executeWrite(deps, attempt, spec, status, deps.clientOf(req));
        res.locals.upstreamMs = done.upstreamMs;
        answer = done;
      } catch (caught) {
        // Not expected (executeWrite answers every failure); repeats waiting for this key must not wait forever.
        const error = caught instanceof Error ? caught : new Error('write failed');
        answer = { result: { error }, outcome: 'InternalError', remember: false };
      }
      claim.settle(answer);
    }
    if ('error' in answer.result) throw answer.result.error;
    res.setHeader('Cache-Control', 'no-store');
    res.status(answer.result.status).json(answer.result.body);
  };
}
