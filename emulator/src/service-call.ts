/**
 * One call to the service, in the gateway's order (docs/emulator.md): faults, path, authentication, action,
 * version, the per-action QPS limit, RAM, then the action itself with its parameter checks.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { authorize } from './accounts';
import { ACTION_HANDLERS } from './action-table';
import { applyFault } from './apply-fault';
import { authenticate, claimedAction } from './authenticate';
import type { EmulatorRuntime } from './emulator-runtime';
import { readBody, sendJson, toCall } from './http-io';
import { errorBody, newRequestId, ServiceError } from './service-error';
import { isRecognitionAction, type ServiceRegion } from './service-model';

export const ICE_VERSION = '2020-11-09';

/** 32 hex characters, like the service's IDs. */
const newId = () => randomBytes(16).toString('hex');

export async function handleServiceCall(
  runtime: EmulatorRuntime,
  region: ServiceRegion,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const requestId = newRequestId();
  let code = 'OK';
  let named: string | undefined;
  try {
    const call = toCall(req, await readBody(req));
    named = claimedAction(call);
    const fault = runtime.faults.decide(named);
    if (fault.delayMs > 0) await sleep(fault.delayMs);
    if (fault.kind) {
      code = fault.kind;
      applyFault(fault.kind, res, requestId, runtime.hanging);
      return;
    }
    const now = Date.now();
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/' || (req.method !== 'GET' && req.method !== 'POST'))
      throw ServiceError.of('InvalidAction.NotFound');
    const { account, action, version, params } = authenticate(call, runtime.nonces, now);
    if (!isRecognitionAction(action)) throw ServiceError.of('InvalidAction.NotFound');
    if (version !== ICE_VERSION) throw ServiceError.of('InvalidVersion');
    if (!runtime.actionWindow.tryAcquire(`${account.accountId}/${action}`, now)) {
      throw ServiceError.of('Throttling.User');
    }
    runtime.accountWindow.tryAcquire(account.accountId, now);
    authorize(account, action);
    const answer = ACTION_HANDLERS[action]({
      store: runtime.store,
      accountId: account.accountId,
      region,
      params,
      requestId,
      newId,
      imageUrlOf: runtime.imageUrlOf,
    });
    sendJson(res, 200, answer, requestId);
  } catch (caught) {
    const error = caught instanceof ServiceError ? caught : ServiceError.of('InternalError');
    code = error.code;
    if (!res.headersSent) sendJson(res, error.status, errorBody(error, requestId), requestId);
  } finally {
    runtime.counter.record(region, named, code);
  }
}
