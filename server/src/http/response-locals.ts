/**
 * What a request leaves on `res.locals` for the doors that run after it (Server-Timing, the request log):
 * declared once on Express's own `Locals` interface, so every reader and writer is typed.
 */
export {};

declare global {
  namespace Express {
    interface Locals {
      /** How the page was served: from the cache, by a new upstream call, or by joining one in flight. */
      cache?: 'hit' | 'miss' | 'shared';
      /** Milliseconds spent waiting for Alibaba Cloud, for Server-Timing and the log. */
      upstreamMs?: number;
      /** The error code answered, for the log. */
      errorCode?: string;
      /** Why Alibaba Cloud could not be reached (cause, host:port, Node's code in `detail`), for the log. */
      upstreamFailure?: { cause: string; host: string | undefined; detail: string };
      /** An error that was not ours: logged with its stack, never sent. */
      unexpectedError?: unknown;
    }
  }
}
