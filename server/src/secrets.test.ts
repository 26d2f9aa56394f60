import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './testing/test-stack';

// The STS account carries all three secrets at once: key id, secret and token.
const KEY = { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret', securityToken: 'emuToken' };
const SECRETS = [KEY.accessKeyId, KEY.accessKeySecret, KEY.securityToken];

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({
    key: KEY,
    env: { ICE_TIMEOUT_MS: '300', ICE_DEADLINE_MS: '900', LOG_LEVEL: 'trace' },
  });
});
afterAll(() => stack.close());

describe('secrets', () => {
  it('when successes, input errors, upstream faults and other routes are answered and logged, then no secret appears anywhere', async () => {
    const seen: string[] = [];
    const record = async (response: Response) => {
      seen.push(JSON.stringify([...response.headers]), await response.text());
    };
    const page = '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10';
    await record(await stack.get(page));
    await record(await stack.get('/api/libraries?region=nowhere'));
    stack.emulator.faults.enqueue([
      'InternalError',
      'reset',
      'not-json',
      'truncated',
      'hang',
      'hang',
      'hang',
    ]);
    await record(await stack.get(page.replace('pageNumber=1', 'pageNumber=2')));
    await record(await stack.get(page.replace('pageNumber=1', 'pageNumber=3')));
    await record(await stack.get('/api/regions'));
    await record(await stack.get('/api/session'));
    await record(await stack.get('/api/nope'));
    expect(seen.length).toBe(14);
    expect(stack.logs.length).toBeGreaterThan(5);
    const everything = [...seen, ...stack.logs].join('\n');
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });
});
