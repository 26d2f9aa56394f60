/**
 * The doors, tried from outside: foreign Host names, cross-site Origins, missing or wrong tokens, sign-in brute
 * force, over-long URLs and headers, and the security headers on every kind of response.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../server/src/testing/test-stack';
import { recordFigure, SCALE } from './scale';

const TOKEN = 'a-dashboard-token-of-some-length';
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { DASHBOARD_TOKEN: TOKEN } });
});
afterAll(() => stack.close());

function rawGet(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${stack.url}${path}`, { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const post = (body: string, origin: string | undefined) =>
  fetch(`${stack.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin === undefined ? {} : { origin }) },
    body,
  });

describe('doors', () => {
  it('when Host, Origin, token and sizes are attacked, then every door holds', async () => {
    const figure: Record<string, { tried: number; held: number }> = {};
    const check = (name: string, held: boolean) => {
      const entry = figure[name] ?? { tried: 0, held: 0 };
      entry.tried++;
      if (held) entry.held++;
      figure[name] = entry;
    };
    for (const host of [
      'attacker.example',
      'localhost.attacker.example',
      '127.0.0.1.nip.io',
      'evil:80',
      '0.0.0.0',
      '[::2]',
    ]) {
      check('foreign Host', (await rawGet('/api/health', { host })) === 403);
    }
    for (const host of ['localhost', '127.0.0.1:1234', '[::1]:80'])
      check('loopback Host', (await rawGet('/api/health', { host })) === 200);
    for (const origin of ['https://evil.example', 'null', `${stack.url}.evil.example`, undefined]) {
      check('cross-site Origin', (await post(JSON.stringify({ token: TOKEN }), origin)).status === 403);
    }
    check('missing session', (await stack.get('/api/regions')).status === 401);
    check(
      'forged session',
      (await stack.get('/api/regions', { cookie: 'ice_console_session=forged' })).status === 401,
    );
    // Five guesses one by one, then the rest at once: beyond 5 a minute they are slowed down and refused.
    const attempts = [];
    for (let i = 0; i < 5; i++)
      attempts.push((await post(JSON.stringify({ token: `guess-${i}` }), stack.url)).status);
    const rest = Array.from({ length: SCALE.bruteForceAttempts - 5 }, (_, i) =>
      post(JSON.stringify({ token: `guess-${5 + i}` }), stack.url),
    );
    for (const response of await Promise.all(rest)) attempts.push(response.status);
    check(
      'brute force: first 5 refused as wrong',
      attempts.slice(0, 5).every((s) => s === 401),
    );
    check(
      'brute force: then rate limited',
      attempts.slice(5).every((s) => s === 429),
    );
    check('over-long URL', (await stack.get(`/api/libraries?x=${'a'.repeat(9000)}`)).status === 414);
    check(
      'over-long headers',
      (await stack.get('/api/health', { 'x-big': 'b'.repeat(20_000) })).status === 431,
    );
    for (const path of ['/', '/api/health', '/api/nope', '/api/regions']) {
      const response = await stack.get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      check(
        'security headers',
        csp.includes("script-src 'self'") &&
          csp.includes("frame-ancestors 'none'") &&
          response.headers.get('x-frame-options') === 'DENY' &&
          response.headers.get('x-content-type-options') === 'nosniff' &&
          response.headers.get('x-powered-by') === null,
      );
    }
    recordFigure('doors', figure);
    for (const [name, { tried, held }] of Object.entries(figure))
      expect({ name, held }).toEqual({ name, held: tried });
  });
});
