import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, flushLogs, LOG_FLUSH_MS } from './logger';

const linesIn = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { msg: string });

describe('createLogger', () => {
  it('when a single line is logged on a quiet server, then it is written within the flush period', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'log-')), 'server.log');
    const logger = createLogger('info', file);
    logger.info('alone');
    await expect
      .poll(() => linesIn(file).map((line) => line.msg), { timeout: LOG_FLUSH_MS * 4, interval: 20 })
      .toEqual(['alone']);
    await flushLogs(logger);
  });

  it('when lines are waiting to be gathered, then flushLogs writes them all', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'log-')), 'server.log');
    const logger = createLogger('info', file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (let n = 0; n < 3; n++) logger.info({ n }, 'request');
    await flushLogs(logger);
    expect(linesIn(file)).toHaveLength(3);
  });
});
