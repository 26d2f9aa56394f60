import { request as httpRequest } from 'node:http';
import { errorBodySchema } from '@ice-console/shared/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

const TOKEN = 'correct-horse-battery-staple-7Qx2Lm9';
const PAGE = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

/** fetch cannot set Host; node:http can. */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const origin = new URL(url).origin;
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('locked doors', () => {
  it('when the Host is foreign (DNS rebinding), then the request is refused with 403 before any upstream call', async () => {
    stack = await startTestStack();
    const refused = await getWithHost(`${stack.url}${PAGE}`, 'attacker.example:8080');
    expect(refused.status).toBe(403);
    expect(errorBodySchema.parse(JSON.parse(refused.body)).error.code).toBe('HostNotAllowed');
    expect(stack.emulator.stats().total).toBe(0);
    expect((await getWithHost(`${stack.url}/api/health`, 'localhost:8080')).status).toBe(200);
  });

  it('when a host is listed in ALLOWED_HOSTS, then it is served', async () => {
    stack = await startTestStack({ env: { ALLOWED_HOSTS: 'console.internal.example' } });
    expect((await getWithHost(`${stack.url}/api/health`, 'console.internal.example:443')).status).toBe(200);
  });

  it('when any response is sent, then it carries a strict CSP, framing and sniffing protection, and no CORS or X-Powered-By', async () => {
    stack = await startTestStack();
    const response = await stack.get(PAGE, { origin: 'https://evil.example' });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('server-timing')).toMatch(/total;dur=/);
  });

  it('when an unknown API route is asked for, then it is a 404 in the error shape', async () => {
    stack = await startTestStack();
    const response = await stack.get('/api/nope');
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('NotFound');
  });

  it('when a state-changing request comes from another site, then it is refused', async () => {
    stack = await startTestStack({ env: { DASHBOARD_TOKEN: TOKEN } });
    const response = await post(
      `${stack.url}/api/session`,
      { token: TOKEN },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('OriginNotAllowed');
  });

  it('when a body is larger than the small limit, then it is a 413 in the error shape', async () => {
    stack = await startTestStack({ env: { DASHBOARD_TOKEN: TOKEN } });
    const response = await post(`${stack.url}/api/session`, { token: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('PayloadTooLarge');
  });
});

describe('the dashboard sign-in (DASHBOARD_TOKEN)', () => {
  it('when signed out, then library calls are a 401 and make no upstream call', async () => {
    stack = await startTestStack({ env: { DASHBOARD_TOKEN: TOKEN } });
    const response = await stack.get(PAGE);
    expect(response.status).toBe(401);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('SignInRequired');
    expect(await (await stack.get('/api/session')).json()).toMatchObject({
      signInRequired: true,
      signedIn: false,
    });
    expect(stack.emulator.stats().total).toBe(0);
  });

  it('when the right token is given, then an HttpOnly SameSite=Strict session cookie opens the API until sign-out', async () => {
    stack = await startTestStack({ env: { DASHBOARD_TOKEN: TOKEN } });
    const signIn = await post(`${stack.url}/api/session`, { token: TOKEN });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(';')[0] ?? '';
    expect((await stack.get(PAGE, { cookie: session })).status).toBe(200);
    const signOut = await fetch(`${stack.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie: session, origin: stack.url },
    });
    expect(signOut.status).toBe(200);
    expect((await stack.get(PAGE, { cookie: session })).status).toBe(401);
  });

  it('when a wrong token is given, then it is a 401; after 5 tries wrong ones get a 429 with Retry-After, but the right one still gets in after a short delay', async () => {
    stack = await startTestStack({ env: { DASHBOARD_TOKEN: TOKEN } });
    for (let i = 0; i < 5; i++) {
      const wrong = await post(`${stack.url}/api/session`, { token: `wrong-${i}` });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('set-cookie')).toBeNull();
    }
    const slowed = await post(`${stack.url}/api/session`, { token: 'wrong-5' });
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorBodySchema.parse(await slowed.json()).error).toMatchObject({
      code: 'TooManySignInAttempts',
      field: 'token',
    });
    const started = performance.now();
    const owner = await post(`${stack.url}/api/session`, { token: TOKEN });
    expect(owner.status).toBe(200);
    expect(owner.headers.get('set-cookie')).toMatch(/ice_console_session=/);
    // Slowed down, not locked out: one step of the slow lane, not the rest of the minute.
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('when sign-in is off, then the API is open and the session says so', async () => {
    stack = await startTestStack();
    expect(await (await stack.get('/api/session')).json()).toMatchObject({
      signInRequired: false,
      signedIn: true,
    });
  });
});
