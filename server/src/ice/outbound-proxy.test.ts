import { Writable } from 'node:stream';
import { type Emulator, startEmulator } from '@ice-console/emulator';
import { errorBodySchema } from '@ice-console/shared/errors';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSelfSignedTlsServer, type TlsServer } from '../testing/self-signed-tls';
import { startBffAgainst, startTestStack, type TestStack } from '../testing/test-stack';
import { freePort, startTinyproxy, type Tinyproxy } from '../testing/tinyproxy';
import { bypassesProxy } from './outbound-proxy';

const page = (region: string) =>
  `/api/libraries?region=${region}&algorithm=landmark&pageNumber=1&pageSize=10`;
const AUTH = { user: 'tester', password: 'proxyPassw0rd' };

let proxy: Tinyproxy;
let stack: TestStack | undefined;
let tls: TlsServer | undefined;
let emulator: Emulator | undefined;
let server: Awaited<ReturnType<typeof startBffAgainst>> | undefined;
beforeAll(async () => {
  proxy = await startTinyproxy(AUTH);
}, 120_000);
afterAll(() => proxy.close());
afterEach(async () => {
  await stack?.close();
  await server?.close();
  await emulator?.close();
  await tls?.close();
  stack = server = emulator = tls = undefined;
});

describe('the outbound proxy (HTTP_PROXY, HTTPS_PROXY, NO_PROXY), through a real tinyproxy', () => {
  it('when HTTP_PROXY is set, then calls go through the proxy with its password, and NO_PROXY hosts go direct', async () => {
    emulator = await startEmulator({ port: 0 });
    const shanghai = emulator.endpoints['cn-shanghai'];
    // The same emulator, named `localhost` for cn-beijing, which NO_PROXY lists.
    const beijing = emulator.endpoints['cn-beijing'].replace('127.0.0.1', 'localhost');
    const logs: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    server = await startBffAgainst(
      { ...emulator.endpoints, 'cn-beijing': beijing },
      { logger: pino(sink), env: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost' } },
    );
    const before = proxy.requests().length;
    expect((await fetch(`${server.url}${page('cn-shanghai')}`)).status).toBe(200);
    expect((await fetch(`${server.url}${page('cn-beijing')}`)).status).toBe(200);
    const seen = proxy.requests().slice(before);
    expect(seen).toEqual([expect.stringMatching(new RegExp(`^POST http://${shanghai}/\\?`))]);
    expect(emulator.stats().byRegion).toMatchObject({ 'cn-shanghai': 1, 'cn-beijing': 1 });
    // The report names the proxy without its password.
    const report = (await server.startupReport).join('\n');
    expect(report).toContain(`proxy       http via http://****@127.0.0.1:${proxy.port}; not for localhost`);
    expect(report + logs.join('\n')).not.toContain(AUTH.password);
  });

  it('when HTTPS_PROXY is set, then the call is tunnelled with CONNECT and TLS runs end to end to the endpoint', async () => {
    tls = await startSelfSignedTlsServer();
    stack = await startTestStack({
      env: { HTTPS_PROXY: proxy.url, ICE_PROTOCOL: 'https', ICE_ENDPOINT_CN_BEIJING: tls.endpoint },
    });
    const before = proxy.requests().length;
    const response = await stack.get(page('cn-beijing'));
    // The endpoint's own certificate reached the SDK through the tunnel, and was refused as it should be.
    expect(errorBodySchema.parse(await response.json()).error).toMatchObject({
      cause: 'tls',
      host: tls.endpoint,
    });
    expect(proxy.requests().slice(before)).toEqual([`CONNECT ${tls.endpoint} HTTP/1.1`]);
    expect(tls.connections()).toBe(1);
  });

  it('when the proxy itself is down, then the error names the proxy, not the endpoint', async () => {
    const closed = await freePort();
    stack = await startTestStack({ env: { HTTP_PROXY: `http://127.0.0.1:${closed}`, ICE_MAX_RETRIES: '0' } });
    const response = await stack.get(page('cn-shanghai'));
    expect(response.status).toBe(502);
    expect(errorBodySchema.parse(await response.json()).error).toMatchObject({
      code: 'UpstreamUnreachable',
      cause: 'proxy',
      host: `127.0.0.1:${closed}`,
      message: `Alibaba Cloud could not be reached: the outbound proxy at 127.0.0.1:${closed} failed (ECONNREFUSED).`,
    });
    expect(stack.emulator.stats().total).toBe(0);
  });
  it('when the proxy wants a password it was not given, then the error names the proxy and its 407', async () => {
    const withoutPassword = proxy.url.replace(`${AUTH.user}:${AUTH.password}@`, '');
    stack = await startTestStack({ env: { HTTP_PROXY: withoutPassword, ICE_MAX_RETRIES: '0' } });
    const response = await stack.get(page('cn-shanghai'));
    expect(errorBodySchema.parse(await response.json()).error).toMatchObject({
      code: 'UpstreamUnreachable',
      cause: 'proxy',
      host: `127.0.0.1:${proxy.port}`,
      message: `Alibaba Cloud could not be reached: the outbound proxy at 127.0.0.1:${proxy.port} failed (ERR_PROXY_AUTH_REQUIRED).`,
    });
    expect(stack.emulator.stats().total).toBe(0);
  });
});

describe('NO_PROXY', () => {
  it.each([
    ['ice.cn-shanghai.aliyuncs.com', 443, ['.aliyuncs.com'], true],
    ['ice.cn-shanghai.aliyuncs.com', 443, ['*.aliyuncs.com'], true],
    ['aliyuncs.com', 443, ['.aliyuncs.com'], true],
    ['ice.cn-shanghai.aliyuncs.com', 443, ['ice.cn-shanghai.aliyuncs.com:443'], true],
    ['ice.cn-shanghai.aliyuncs.com', 443, ['ice.cn-shanghai.aliyuncs.com:8443'], false],
    ['notaliyuncs.com', 443, ['aliyuncs.com'], false],
    ['ice.cn-shanghai.aliyuncs.com', 443, ['*'], true],
    ['100.100.100.200', 80, [], true],
    ['ice.cn-shanghai.aliyuncs.com', 443, [], false],
  ] as const)(
    'when the host is %s:%i and NO_PROXY is %j, then it bypasses the proxy: %s',
    (host, port, list, bypass) => {
      expect(bypassesProxy(host, port, list)).toBe(bypass);
    },
  );
});
