import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

const TOKEN = 'Fair-share-token-8Hq3Vn6Jx1Mz4Ks';
const ALGORITHMS = ['landmark', 'object', 'logo', 'face', 'label'];
const page = (n: number) =>
  `/api/libraries?region=cn-beijing&algorithm=${ALGORITHMS[n % 5]}&pageNumber=${1 + Math.floor(n / 5)}&pageSize=10`;

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

/** fetch cannot choose the local address; node:http can, so each loopback address is another client. */
function getFrom(localAddress: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const url = new URL(path, stack?.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress, agent: false, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

async function sessionCookie(url: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ token: TOKEN }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('the budget shared fairly between clients', () => {
  it('when one address floods distinct pages, then another address still gets every page it asks for', async () => {
    stack = await startTestStack({ env: { ICE_QPS_BUDGET: '10', ICE_QUEUE_MAX_WAIT_MS: '2000' } });
    const flood = Array.from({ length: 100 }, (_, i) => getFrom('127.0.0.2', page(i)));
    const legit: number[] = [];
    for (let i = 0; i < 4; i++) legit.push(await getFrom('127.0.0.3', page(200 + i)));
    const flooded = await Promise.all(flood);
    expect(legit).toEqual([200, 200, 200, 200]);
    expect(flooded.filter((status) => status === 429).length).toBeGreaterThan(50);
  });

  it('when signed in, then each session is a client of its own, even from one address', async () => {
    stack = await startTestStack({
      env: { DASHBOARD_TOKEN: TOKEN, ICE_QPS_BUDGET: '10', ICE_QUEUE_MAX_WAIT_MS: '2000' },
    });
    const [noisy, quiet] = [await sessionCookie(stack.url), await sessionCookie(stack.url)];
    const flood = Array.from({ length: 100 }, (_, i) =>
      getFrom('127.0.0.1', page(i), { cookie: noisy ?? '' }),
    );
    const legit: number[] = [];
    for (let i = 0; i < 4; i++)
      legit.push(await getFrom('127.0.0.1', page(200 + i), { cookie: quiet ?? '' }));
    await Promise.all(flood);
    expect(legit).toEqual([200, 200, 200, 200]);
  });
});
