import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../testing/eventually';
import { type LimitedServer, startLimitedServer } from '../testing/limited-server';

let server: LimitedServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** A connection that sends nothing and never closes its side, as a slow-loris client does. */
function silentConnection(url: URL): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port), allowHalfOpen: true });
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    // Settled when the server ends its side (answered, or closed at once for lack of file handles).
    socket.on('end', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
  });
}

function health(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(`${url}/api/health`, { agent: false, headers: { connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

describe('silent connections', () => {
  it('when hundreds of connections send nothing under a low file-handle limit, then each answered one gets a 408 and is closed, the handles come back and a normal request succeeds', async () => {
    server = await startLimitedServer({
      maxOpenFiles: 128,
      env: { HTTP_HEADERS_TIMEOUT_MS: '500', HTTP_REQUEST_TIMEOUT_MS: '1000', LOG_LEVEL: 'warn' },
    });
    expect(await health(server.url)).toBe(200);
    const idle = server.openFiles();
    const answers = await Promise.all(
      Array.from({ length: 300 }, () => silentConnection(new URL(server?.url ?? ''))),
    );
    const answered = answers.filter((answer) => answer !== '');
    expect(answered.length).toBeGreaterThan(50);
    for (const answer of answered) expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(await eventually(() => (server?.openFiles() ?? Infinity) <= idle, 3000)).toBe(true);
    expect(await health(server.url)).toBe(200);
    const refusals = await server.linesWith('refused by the HTTP parser');
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.length).toBeLessThanOrEqual(11);
    expect(JSON.parse(refusals[0] ?? '{}')).toMatchObject({ code: 'ERR_HTTP_REQUEST_TIMEOUT', status: 408 });
  }, 30_000);
});
