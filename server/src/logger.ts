/**
 * The server's logger: pino. In a terminal the lines are made readable (pino-pretty, in this process: the
 * server is one bundled file, so no transport worker); otherwise they stay JSON lines for log collectors.
 * JSON writes are asynchronous (sonic-boom) and gathered: a write goes out once 4 KB of lines are waiting, or every
 * quarter of a second, so a busy second costs a few large writes instead of one per request (each write is a trip
 * through libuv's thread pool). `flushLogs` runs on shutdown, and pino writes what is left when the process exits.
 */
import { type Logger, pino } from 'pino';
import { PinoPretty } from 'pino-pretty';

/** Lines wait at most this long for others to share their write. */
export const LOG_FLUSH_MS = 250;

export function createLogger(level: string, destination: string | number = 1): Logger {
  return pino(
    { level },
    pino.destination({ dest: destination, sync: false, minLength: 4096, periodicFlush: LOG_FLUSH_MS }),
  );
}

/** For people at a terminal: one coloured line per entry, the time in local clock. */
export function createPrettyLogger(level: string): Logger {
  return pino(
    { level },
    PinoPretty({ colorize: true, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }),
  );
}

export function flushLogs(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
