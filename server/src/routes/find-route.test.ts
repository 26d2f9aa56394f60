/** GET /api/find: where LibIds live, across all 20 views. */
import { DEMO_EDGES } from '@ice-console/emulator';
import { errorBodySchema } from '@ice-console/shared/errors';
import { findAnswerSchema } from '@ice-console/shared/find-libraries';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe('GET /api/find', () => {
  it('when IDs live in different views, then each is placed, an unknown one is placed nowhere', async () => {
    stack = await startTestStack();
    const label = DEMO_EDGES.labelLibraryWithPrompts;
    const landmark = DEMO_EDGES.libraryWithManyEntities;
    const beijingObject = stack.emulator.state('cn-beijing', 'object').Libs[1233];
    const ids = [label.LibId, 'nowhere1', landmark.LibId, beijingObject?.LibId ?? ''];
    const response = await stack.get(`/api/find?libId=${ids.join(',')}`);
    expect(response.status).toBe(200);
    const answer = findAnswerSchema.parse(await response.json());
    expect(answer.unanswered).toEqual([]);
    expect(answer.libraries).toEqual([
      { libId: label.LibId, places: [{ region: 'cn-shanghai', algorithm: 'label', libName: label.LibName }] },
      { libId: 'nowhere1', places: [] },
      {
        libId: landmark.LibId,
        places: [{ region: 'cn-shanghai', algorithm: 'landmark', libName: landmark.LibName }],
      },
      {
        libId: beijingObject?.LibId,
        places: [{ region: 'cn-beijing', algorithm: 'object', libName: beijingObject?.LibName }],
      },
    ]);
    // One call per view; asked again, every view comes from the cache.
    expect(stack.emulator.stats().total).toBe(20);
    await stack.get(`/api/find?libId=${ids.join(',')}`);
    expect(stack.emulator.stats().total).toBe(20);
  });

  it('when a view fails, then it is listed as unanswered rather than counted as "nowhere"', async () => {
    stack = await startTestStack({ env: { ICE_ENDPOINT_CN_HANGZHOU: '127.0.0.1:9' } });
    const answer = findAnswerSchema.parse(await (await stack.get('/api/find?libId=nowhere1')).json());
    expect(answer.unanswered.map((view) => `${view.region}/${view.error.code}`)).toEqual(
      Array(5).fill('cn-hangzhou/UpstreamUnreachable'),
    );
    expect(answer.libraries).toEqual([{ libId: 'nowhere1', places: [] }]);
  });

  it('when no LibId is given, then a 400 naming libId and no call', async () => {
    stack = await startTestStack();
    const response = await stack.get('/api/find');
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error.field).toBe('libId');
    expect(stack.emulator.stats().total).toBe(0);
  });
});
