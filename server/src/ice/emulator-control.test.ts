/**
 * The emulator's control API as another project's tests would use it: a fault set over plain HTTP on a regional
 * port is what the BFF then meets, and the BFF retries it away within its deadline.
 */
import { libraryPageSchema } from '@ice-console/shared/libraries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { ICE_MAX_RETRIES: '2' } });
});
afterAll(() => stack.close());

describe('faults set through /_emulator/faults', () => {
  it('when two ServiceUnavailable answers are queued over HTTP, then the BFF meets both and still answers the page', async () => {
    const control = `http://${stack.emulator.endpoints['cn-shanghai']}/_emulator/faults`;
    const set = await fetch(control, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'ListRecognitionLibs', kind: 'ServiceUnavailable', count: 2 }),
    });
    expect(set.status).toBe(201);

    const response = await stack.get(
      '/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10',
    );
    expect(response.status).toBe(200);
    expect(libraryPageSchema.parse(await response.json()).totalCount).toBe(180);
    const stats = stack.emulator.stats();
    expect(stats.byCode.ServiceUnavailable).toBe(2);
    expect(stats.total).toBe(3);
  });
});
