/**
 * The server's logger: pino. In a terminal the lines are made readable (pino-pretty, in this process: the
 * server is one bundled file, so no transport worker); otherwise they stay JSON lines for log collectors.
 * JSON writes are asynchronous (sonic-boom), so a busy second costs a few large writes instead of one system
 * call per request; `flushLogs` runs on shutdown so no line is lost.
 */
import { type Logger, pino } from 'pino';
import { PinoPretty } from 'pino-pretty';

export function createLogger(level: string, destination: string | number = 1): Logger {
  return pino({ level }, pino.destination({ dest: destination, sync: false }));
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
