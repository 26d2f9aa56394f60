/**
 * The server's logger: pino, JSON lines. Writes are asynchronous (sonic-boom), so a busy second costs a few
 * large writes instead of one system call per request; `flushLogs` runs on shutdown so no line is lost.
 */
import { type Logger, pino } from 'pino';

export function createLogger(level: string, destination: string | number = 1): Logger {
  return pino({ level }, pino.destination({ dest: destination, sync: false }));
}

export function flushLogs(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
