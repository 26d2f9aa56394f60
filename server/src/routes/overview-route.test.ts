/** GET /api/overview against the emulator's demo data: counts per view, a failing view beside the others. */
import { LIBRARY_COUNTS } from '@ice-console/emulator';
import { errorBodySchema } from '@ice-console/shared/errors';
import { overviewAnswerSchema } from '@ice-console/shared/overview';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

async function overview(path = '/api/overview', headers: Record<string, string> = {}) {
  const response = await stack?.get(path, headers);
  expect(response?.status).toBe(200);
  return overviewAnswerSchema.parse(await response?.json()).cells;
}

describe('GET /api/overview', () => {
  it('when every view answers, then 20 cells hold the demo counts from 20 calls, cached until a refresh', async () => {
    stack = await startTestStack();
    const cells = await overview();
    expect(cells).toHaveLength(20);
    for (const cell of cells) expect(cell.totalCount).toBe(LIBRARY_COUNTS[cell.region][cell.algorithm]);
    expect(cells.some((cell) => cell.error)).toBe(false);
    expect(stack.emulator.stats().byActionAndCode.ListRecognitionLibs).toEqual({ OK: 20 });
    await overview();
    expect(stack.emulator.stats().total).toBe(20);
    await overview('/api/overview', { 'Cache-Control': 'no-cache' });
    expect(stack.emulator.stats().total).toBe(40);
  });

  it('when one view fails, then it carries its error and the 19 others their counts', async () => {
    // No retries, so the one scripted failure is the one cell's whole story.
    stack = await startTestStack({ env: { ICE_MAX_RETRIES: '0' } });
    stack.emulator.faults.addRule({ action: 'ListRecognitionLibs', kind: 'InternalError', count: 1 });
    const cells = await overview();
    const failed = cells.filter((cell) => cell.error !== undefined);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ totalCount: null, error: { code: 'InternalError' } });
    expect(failed[0]?.error?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    const counted = cells.filter((cell) => cell.error === undefined);
    expect(counted).toHaveLength(19);
    for (const cell of counted) expect(cell.totalCount).toBe(LIBRARY_COUNTS[cell.region][cell.algorithm]);
  });

  it('when a whole region cannot be reached, then its five cells say so and the others still count', async () => {
    stack = await startTestStack({ env: { ICE_ENDPOINT_CN_SHENZHEN: '127.0.0.1:9' } });
    const cells = await overview();
    const shenzhen = cells.filter((cell) => cell.region === 'cn-shenzhen');
    expect(shenzhen.map((cell) => cell.error?.code)).toEqual(Array(5).fill('UpstreamUnreachable'));
    expect(cells.filter((cell) => cell.totalCount !== null)).toHaveLength(15);
  });

  it('when narrowed to one view, then one cell from one call', async () => {
    stack = await startTestStack();
    const cells = await overview('/api/overview?region=cn-beijing&algorithm=object');
    expect(cells).toEqual([{ region: 'cn-beijing', algorithm: 'object', totalCount: 1234 }]);
    expect(stack.emulator.stats().total).toBe(1);
    expect(await overview('/api/overview?algorithm=face')).toHaveLength(4);
  });

  it('when the query names an unknown region, then a 400 naming it and no call', async () => {
    stack = await startTestStack();
    const response = await stack.get('/api/overview?region=us-east-1');
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error).toMatchObject({
      code: 'InvalidQuery',
      field: 'region',
    });
    expect(stack.emulator.stats().total).toBe(0);
  });
});
