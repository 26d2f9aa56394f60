/**
 * Doors under attack, 1: hundreds of connections that send nothing, against the real main.ts in a child process
 * with few file handles. Each must be answered 408 at the headers timeout and closed, the handles must come back,
 * and the next ordinary request must be served.
 */
import { describe, expect, it } from 'vitest';
import { eventually } from '../server/src/testing/eventually';
import { startLimitedServer } from '../server/src/testing/limited-server';
import { requestFrom, silentConnection } from './attack-clients';
import { recordFigure, SCALE } from './scale';

const HEADERS_TIMEOUT_MS = 1000;

describe('doors under attack: silent connections', () => {
  it('when hundreds of connections send nothing under a low file-handle limit, then the handles come back and the next request is served', async () => {
    const server = await startLimitedServer({
      maxOpenFiles: SCALE.attackOpenFileLimit,
      env: {
        HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        HTTP_REQUEST_TIMEOUT_MS: String(2 * HEADERS_TIMEOUT_MS),
        LOG_LEVEL: 'warn',
      },
    });
    try {
      const health = () =>
        requestFrom('127.0.0.1', `${server.url}/api/health`, { headers: { connection: 'close' } });
      expect((await health()).status).toBe(200);
      const idleHandles = server.openFiles();
      let peakHandles = idleHandles;
      const sampler = setInterval(() => {
        peakHandles = Math.max(peakHandles, server.openFiles());
      }, 20);
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: SCALE.silentConnections }, () => silentConnection(server.url)),
      );
      const handlesBack = await eventually(() => server.openFiles() <= idleHandles, 5000);
      const secondsUntilHandlesBack = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const next = await health();
      const answered = answers.filter((answer) => answer !== '');
      const refusalLines = await server.linesWith('refused by the HTTP parser');
      recordFigure('doors-under-attack: silent connections', {
        connections: SCALE.silentConnections,
        openFileLimit: SCALE.attackOpenFileLimit,
        headersTimeoutMs: HEADERS_TIMEOUT_MS,
        idleHandles,
        peakHandles,
        answered408: answered.filter((answer) => answer.startsWith('HTTP/1.1 408 ')).length,
        closedUnanswered: answers.length - answered.length,
        handlesAfter: server.openFiles(),
        secondsUntilHandlesBack: Math.round(secondsUntilHandlesBack * 10) / 10,
        nextRequestStatus: next.status,
        logLines: refusalLines.length,
      });
      expect(answered.length).toBeGreaterThan(0);
      for (const answer of answered) expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(handlesBack).toBe(true);
      expect(next.status).toBe(200);
      expect(refusalLines.length).toBeGreaterThan(0);
      expect(refusalLines.length).toBeLessThanOrEqual(11);
    } finally {
      await server.stop();
    }
  });
});
