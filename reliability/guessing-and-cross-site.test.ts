/**
 * Doors under attack, 3: token guessing behind a proxy with forged X-Forwarded-For entries, a page on another
 * site spending the budget, and a bad signature whose answer echoes the string to sign.
 */
import { errorBodySchema } from '@ice-console/shared/errors';
import { describe, expect, it } from 'vitest';
import { startTestStack } from '../server/src/testing/test-stack';
import { requestFrom } from './attack-clients';
import { recordFigure, SCALE } from './scale';

const TOKEN = 'Guessing-test-token-4Wn8Qz2Kv6Lp9Xr';
const PROXY_SAW = '198.51.100.7';
const GUESSERS = 20;

describe('doors under attack: guessing, cross-site reads, signature echoes', () => {
  it('when 20 guessers forge X-Forwarded-For behind a proxy, then few guesses are checked and the owner still gets in', async () => {
    const stack = await startTestStack({ env: { DASHBOARD_TOKEN: TOKEN, TRUST_PROXY: '1' } });
    const signIn = (token: string, forged: string) =>
      requestFrom('127.0.0.1', `${stack.url}/api/session`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: stack.url,
          'x-forwarded-for': `${forged}, ${PROXY_SAW}`,
        },
        body: JSON.stringify({ token }),
      });
    try {
      const tally = { sent: 0, checked: 0, refusedUnchecked: 0, other: 0 };
      const until = performance.now() + SCALE.guessSeconds * 1000;
      await Promise.all(
        Array.from({ length: GUESSERS }, async (_, worker) => {
          while (performance.now() < until) {
            const n = tally.sent++;
            const answer = await signIn(`guess-${worker}-${n}`, `203.0.113.${n % 250}`);
            const field =
              answer.status === 429 ? errorBodySchema.parse(JSON.parse(answer.body)).error.field : undefined;
            if (answer.status === 401 || field === 'token') tally.checked++;
            else if (answer.status === 429) tally.refusedUnchecked++;
            else tally.other++;
          }
        }),
      );
      const owner = await signIn(TOKEN, '203.0.113.99');
      recordFigure('doors-under-attack: guessing', {
        seconds: SCALE.guessSeconds,
        guessers: GUESSERS,
        ...tally,
        checkedPerMinute: Math.round((tally.checked / SCALE.guessSeconds) * 60),
        owner: { status: owner.status, ms: Math.round(owner.ms) },
      });
      // 5 free guesses, then one a second (plus the ones that were waiting when the time ran out).
      expect(tally.checked).toBeLessThanOrEqual(5 + SCALE.guessSeconds + 6);
      expect(tally.other).toBe(0);
      expect(owner.status).toBe(200);
      expect(owner.ms).toBeLessThan(2500);
    } finally {
      await stack.close();
    }
  });

  it('when a page on another site asks for 40 distinct pages, then every one is refused and nothing goes upstream', async () => {
    const stack = await startTestStack();
    try {
      const statuses: Record<number, number> = {};
      for (let n = 1; n <= 40; n++) {
        const response = await stack.get(
          `/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=${n}&pageSize=10`,
          { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'cache-control': 'no-cache' },
        );
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
      const upstreamCalls = stack.emulator.stats().total;
      recordFigure('doors-under-attack: cross-site', { requests: 40, statuses, upstreamCalls });
      expect(statuses).toEqual({ 403: 40 });
      expect(upstreamCalls).toBe(0);
    } finally {
      await stack.close();
    }
  });

  it('when the signature is wrong (RPC and V3), then the key id and token never reach the answer', async () => {
    const key = { accessKeyId: 'STS.emuTemp', accessKeySecret: 'not-the-secret', securityToken: 'emuToken' };
    const messages = new Set<string>();
    let leaks = 0;
    let answers = 0;
    for (const signature of ['v2', 'v3']) {
      const stack = await startTestStack({ key, env: { ICE_SIGNATURE: signature, CACHE_TTL_MS: '0' } });
      try {
        for (let i = 0; i < SCALE.faultRepeats; i++) {
          const response = await stack.get(
            '/api/libraries?region=cn-shanghai&algorithm=logo&pageNumber=1&pageSize=10',
          );
          const body = await response.text();
          const text = `${JSON.stringify([...response.headers])}${body}`;
          answers++;
          if (text.includes(key.accessKeyId) || text.includes(key.securityToken)) leaks++;
          messages.add(errorBodySchema.parse(JSON.parse(body)).error.message);
        }
      } finally {
        await stack.close();
      }
    }
    recordFigure('doors-under-attack: signature echo', { answers, leaks, messages: [...messages] });
    expect(leaks).toBe(0);
  });
});
