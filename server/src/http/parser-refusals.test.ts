import { connect } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { ParserRefusalLog } from './parser-refusals';

let stack: TestStack | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await stack?.close();
  stack = undefined;
});

/** Sends raw bytes and resolves with everything the server answered once it closes its side. */
function sendRaw(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port), allowHalfOpen: true }, () =>
      socket.write(bytes),
    );
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    // The server's side closing is what counts; this client never closes its own, as an attacker would not.
    socket.on('end', () => {
      resolve(answer);
      socket.destroy();
    });
  });
}

function captured() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { lines, logger };
}

describe('requests the HTTP parser refuses', () => {
  it('when a request is not HTTP, then it gets our 400 body, the connection is closed, and one line is logged', async () => {
    stack = await startTestStack();
    const answer = await sendRaw(stack.url, 'HELLO THERE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"code":"BadRequest"');
    const line = stack.logs
      .map((text) => JSON.parse(text))
      .find((l) => l.msg === 'request refused by the HTTP parser');
    expect(line).toMatchObject({ level: 40, status: 400, code: expect.stringMatching(/^HPE_/) });
    expect(line.remoteAddress).toBe('127.0.0.1');
  });

  it('when refusals come in a flood, then at most 10 a minute are logged and the rest are counted in one line', () => {
    vi.useFakeTimers();
    const { lines, logger } = captured();
    const log = new ParserRefusalLog(logger);
    for (let i = 0; i < 50; i++)
      log.note({ code: 'HPE_INVALID_METHOD', status: 400, remoteAddress: '192.0.2.1' });
    expect(lines).toHaveLength(10);
    vi.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatchObject({ level: 40, notLogged: 40 });
    log.note({ code: 'ERR_HTTP_REQUEST_TIMEOUT', status: 408, remoteAddress: '192.0.2.2' });
    expect(lines).toHaveLength(12);
    log.close();
  });

  it('when a client just drops its connection, then nothing is logged', () => {
    const { lines, logger } = captured();
    const log = new ParserRefusalLog(logger);
    log.note({ code: 'ECONNRESET', status: undefined, remoteAddress: '192.0.2.1' });
    expect(lines).toHaveLength(0);
    log.close();
  });
});
