/**
 * Requests Node's HTTP parser refuses (malformed, too large, too slow) never reach Express, so the request log
 * never sees them. They are logged here, at most 10 a minute with a count of the rest, so an operator can see an
 * attack without the attack filling the disk.
 */
import type { Logger } from 'pino';

export interface ParserRefusal {
  /** Node's error code: `HPE_…` from the parser, `ERR_HTTP_REQUEST_TIMEOUT`, or a socket error. */
  code: string | undefined;
  /** What the client was answered; undefined when it was gone already. */
  status: number | undefined;
  remoteAddress: string | undefined;
}

/** A client dropping its connection is no refusal: browsers do it all day. */
const CLIENT_GONE = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const PER_WINDOW = 10;
const WINDOW_MS = 60_000;

export class ParserRefusalLog {
  private windowStartedAt = Number.NEGATIVE_INFINITY;
  private loggedInWindow = 0;
  private notLogged = 0;
  private summary: NodeJS.Timeout | undefined;

  constructor(private readonly logger: Logger) {}

  note(refusal: ParserRefusal): void {
    if (refusal.code !== undefined && CLIENT_GONE.has(refusal.code)) return;
    const now = Date.now();
    if (now - this.windowStartedAt >= WINDOW_MS) {
      this.flush();
      this.windowStartedAt = now;
      this.loggedInWindow = 0;
    }
    if (this.loggedInWindow < PER_WINDOW) {
      this.loggedInWindow++;
      this.logger.warn(refusal, 'request refused by the HTTP parser');
      return;
    }
    this.notLogged++;
    // The count is told when the window ends, even if no refusal comes after it.
    this.summary ??= setTimeout(() => this.flush(), this.windowStartedAt + WINDOW_MS - now).unref();
  }

  private flush(): void {
    clearTimeout(this.summary);
    this.summary = undefined;
    if (this.notLogged === 0) return;
    this.logger.warn(
      { notLogged: this.notLogged, windowSeconds: WINDOW_MS / 1000 },
      'more requests refused by the HTTP parser than are logged one by one',
    );
    this.notLogged = 0;
  }

  close(): void {
    this.flush();
  }
}
