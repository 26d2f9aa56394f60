/**
 * Retries where they are safe (the service was busy or broke, the network failed or timed out), at most
 * `maxRetries` more tries with exponential backoff and full jitter, all inside one deadline.
 */
import type { ApiError } from '../api-error';
import { DeadlineExceeded, toApiError } from './upstream-error';

export interface RetryPolicy {
  maxRetries: number;
  deadlineMs: number;
  baseDelayMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `attempt` gets the deadline (epoch ms) it must finish by; the result or the last error, as an ApiError. */
export async function withRetries<T>(
  policy: RetryPolicy,
  attempt: (deadline: number) => Promise<T>,
  onRetry: (error: ApiError, tryNumber: number) => void = () => {},
): Promise<T> {
  const deadline = Date.now() + policy.deadlineMs;
  for (let tryNumber = 1; ; tryNumber++) {
    const remaining = deadline - Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const overDeadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DeadlineExceeded()), remaining);
      });
      return await Promise.race([attempt(deadline), overDeadline]);
    } catch (caught) {
      const error = toApiError(caught);
      const backoff = Math.random() * policy.baseDelayMs * 2 ** (tryNumber - 1);
      const canRetry = error.retryable && error.status !== 429 && tryNumber <= policy.maxRetries;
      if (!canRetry || Date.now() + backoff >= deadline) throw error;
      onRetry(error, tryNumber);
      await sleep(backoff);
    } finally {
      clearTimeout(timer);
    }
  }
}
