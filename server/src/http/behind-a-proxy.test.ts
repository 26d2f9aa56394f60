import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

const TOKEN = 'Behind-a-proxy-token-5Rk8Wq2Zt7Lc';

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

function signIn(url: string, token: string, forwardedFor: string) {
  return fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ token }),
  });
}

function warningsAbout(logs: string[], word: string): unknown[] {
  return logs.map((line) => JSON.parse(line)).filter((line) => String(line.msg).includes(word));
}

describe('behind a reverse proxy', () => {
  it('when TRUST_PROXY=1 and a client writes its own X-Forwarded-For, then the address the proxy appended is the one limited', async () => {
    stack = await startTestStack({ env: { DASHBOARD_TOKEN: TOKEN, TRUST_PROXY: '1' } });
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      // The client forges the left-most entry; the appending proxy adds the address it saw, right-most.
      statuses.push((await signIn(stack.url, `guess-${i}`, `203.0.113.${i}, 198.51.100.7`)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Another client behind the same proxy is not limited by the first one's guesses.
    expect((await signIn(stack.url, 'guess-x', '203.0.113.1, 198.51.100.8')).status).toBe(401);
  });

  it('when requests carry X-Forwarded-For but TRUST_PROXY is off, then one clear warning is logged, once', async () => {
    stack = await startTestStack();
    for (let i = 0; i < 3; i++) await stack.get('/api/session', { 'x-forwarded-for': `198.51.100.${i}` });
    await stack.get('/api/session', { 'x-forwarded-proto': 'https' });
    const warnings = warningsAbout(stack.logs, 'TRUST_PROXY');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, header: 'x-forwarded-for' });
  });

  it('when TRUST_PROXY is set, then forwarded headers are expected and no warning is logged', async () => {
    stack = await startTestStack({ env: { TRUST_PROXY: 'loopback' } });
    await stack.get('/api/session', { 'x-forwarded-for': '198.51.100.1' });
    expect(warningsAbout(stack.logs, 'TRUST_PROXY')).toHaveLength(0);
  });
});
