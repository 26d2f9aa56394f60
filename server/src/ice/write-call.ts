/**
 * One write, sent through the identity's call budget like a read, but never sent again once it may have reached
 * the service (write-failure.ts). Also never sent *late*: a call still waiting for the budget when the deadline
 * passes is abandoned, so nothing reaches the service after the user was told it failed.
 */
import { ApiError } from '../api-error';
import type { CallBudget } from './call-budget';
import { callIce, type RegionClients } from './region-clients';
import { withRetries } from './retry';
import { outcomeUnknown, toWriteError } from './write-failure';
import type { WriteSpec } from './write-specs';

export interface WriteCallDeps {
  clients: RegionClients;
  budget: CallBudget;
  timeoutMs: number;
  deadlineMs: number;
  maxRetries: number;
  onRetry?: (error: ApiError, tryNumber: number) => void;
}

export interface WriteCallResult<Answer> {
  answer?: Answer;
  error?: ApiError;
  /** Whether any try left for the service: then its pages may have changed, whatever the answer. */
  sent: boolean;
  upstreamMs: number;
}

export async function sendWrite<Answer>(
  deps: WriteCallDeps,
  identity: string,
  spec: WriteSpec<Answer>,
  client: string,
): Promise<WriteCallResult<Answer>> {
  const { timeoutMs, maxRetries, deadlineMs } = deps;
  let abandoned = false;
  let sent = false;
  let inFlight = false;
  let upstreamMs = 0;
  const attempt = (deadline: number) =>
    deps.budget.schedule(
      identity,
      async () => {
        if (abandoned || Date.now() >= deadline) {
          throw new ApiError(
            504,
            'UpstreamTimeout',
            'Alibaba Cloud was not asked in time; nothing was sent.',
            {
              retryable: true,
            },
          );
        }
        const timeout = Math.max(1, Math.min(timeoutMs, deadline - Date.now()));
        const started = performance.now();
        sent = true;
        inFlight = true;
        try {
          return spec.toAnswer(
            await callIce(deps.clients[spec.region], spec.action, spec.upstreamQuery, timeout),
          );
        } catch (caught) {
          throw toWriteError(caught, spec.action);
        } finally {
          inFlight = false;
          upstreamMs += performance.now() - started;
        }
      },
      client,
    );
  try {
    const answer = await withRetries({ maxRetries, deadlineMs, baseDelayMs: 200 }, attempt, deps.onRetry);
    return { answer, sent, upstreamMs };
  } catch (caught) {
    abandoned = true;
    // The deadline can pass while a try is on the wire: that try's outcome is as unknown as a timeout's.
    const error = inFlight ? outcomeUnknown(spec.action) : toWriteError(caught, spec.action);
    return { error, sent, upstreamMs };
  }
}
