/** GET /api/libraries/:libId, .../entities and .../samples against the emulator's demo data, through the SDK. */
import { DEMO_EDGES } from '@ice-console/emulator';
import { errorBodySchema } from '@ice-console/shared/errors';
import {
  entityPageSchema,
  libraryAnswerSchema,
  samplePageSchema,
} from '@ice-console/shared/library-contents';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetStats());

const many = DEMO_EDGES.libraryWithManyEntities;
const sixty = DEMO_EDGES.entityWith60Samples;
const view = (edge: { region: string; algorithm: string }) =>
  `region=${edge.region}&algorithm=${edge.algorithm}`;

describe('GET /api/libraries/:libId', () => {
  it('when the library exists, then its name and description come back', async () => {
    const response = await stack.get(`/api/libraries/${many.LibId}?${view(many)}`);
    expect(response.status).toBe(200);
    const body = libraryAnswerSchema.parse(await response.json());
    expect(body.library).toMatchObject({ libId: many.LibId, libName: many.LibName });
    expect(body).toMatchObject({ region: many.region, algorithm: many.algorithm });
  });

  it('when the LibId lives in another algorithm, then 404 LibraryNotFound with the RequestId', async () => {
    const other = many.algorithm === 'logo' ? 'object' : 'logo';
    const response = await stack.get(`/api/libraries/${many.LibId}?region=${many.region}&algorithm=${other}`);
    expect(response.status).toBe(404);
    const { error } = errorBodySchema.parse(await response.json());
    expect(error.code).toBe('LibraryNotFound');
    expect(error.requestId).toBeTruthy();
  });

  it('when asked twice, then the second answer is a cache hit with no upstream call', async () => {
    const empty = DEMO_EDGES.libraryWithNoEntities;
    await stack.get(`/api/libraries/${empty.LibId}?${view(empty)}`);
    const second = await stack.get(`/api/libraries/${empty.LibId}?${view(empty)}`);
    expect(second.headers.get('server-timing')).toContain('cache;desc=hit');
    expect(stack.emulator.stats().total).toBe(1);
  });
});

describe('GET /api/libraries/:libId/entities', () => {
  it('when the big library is paged, then the pages hold its entities in order and count them all', async () => {
    const first = entityPageSchema.parse(
      await (
        await stack.get(`/api/libraries/${many.LibId}/entities?${view(many)}&pageNumber=1&pageSize=50`)
      ).json(),
    );
    const second = entityPageSchema.parse(
      await (
        await stack.get(`/api/libraries/${many.LibId}/entities?${view(many)}&pageNumber=2&pageSize=50`)
      ).json(),
    );
    expect(first.totalCount).toBe(many.entityCount);
    expect(first.totalCount).toBeGreaterThan(1000);
    expect(first.entities).toHaveLength(50);
    const ids = [...first.entities, ...second.entities].map((entity) => entity.entityId);
    expect(new Set(ids).size).toBe(100);
    expect(first).toMatchObject({ libId: many.LibId, pageNumber: 1, pageSize: 50 });
  });

  it('when the library has no entities, then an empty page with a total of 0', async () => {
    const empty = DEMO_EDGES.libraryWithNoEntities;
    const page = entityPageSchema.parse(
      await (
        await stack.get(`/api/libraries/${empty.LibId}/entities?${view(empty)}&pageNumber=1&pageSize=10`)
      ).json(),
    );
    expect(page).toMatchObject({ totalCount: 0, entities: [] });
  });

  it('when the hostile library is read, then its texts come back exactly as stored', async () => {
    const hostile = DEMO_EDGES.libraryWithHostileEntities;
    const page = entityPageSchema.parse(
      await (
        await stack.get(`/api/libraries/${hostile.LibId}/entities?${view(hostile)}&pageNumber=1&pageSize=50`)
      ).json(),
    );
    expect(page.entities.map((entity) => entity.entityName)).toEqual(
      expect.arrayContaining(hostile.entityNames),
    );
  });
});

describe('GET /api/libraries/:libId/samples', () => {
  it('when an entity with 60 samples is paged by 50, then 50 then 10 come back', async () => {
    const base = `/api/libraries/${sixty.LibId}/samples?${view(sixty)}&entityId=${sixty.EntityId}&pageSize=50`;
    const first = samplePageSchema.parse(await (await stack.get(`${base}&pageNumber=1`)).json());
    const second = samplePageSchema.parse(await (await stack.get(`${base}&pageNumber=2`)).json());
    expect(first.totalCount).toBe(60);
    expect(first.samples).toHaveLength(50);
    expect(second.samples).toHaveLength(10);
    expect(first.samples.every((sample) => sample.entityId === sixty.EntityId)).toBe(true);
  });

  it('when searched by entity name, then the service is asked with EntityId=ANY and finds that entity', async () => {
    const name = encodeURIComponent(sixty.EntityName);
    const response = await stack.get(
      `/api/libraries/${sixty.LibId}/samples?${view(sixty)}&entityName=${name}&pageNumber=1&pageSize=10`,
    );
    const page = samplePageSchema.parse(await response.json());
    expect(page.totalCount).toBe(60);
    expect(page.samples[0]?.entityId).toBe(sixty.EntityId);
  });
});

describe('bad input never reaches Alibaba Cloud', () => {
  const good = view(sixty);
  it.each([
    ['a LibId with a slash-like character', `/api/libraries/a%2Fb?${good}`, 'libId'],
    [
      'a LibId of 65 characters',
      `/api/libraries/${'a'.repeat(65)}/entities?${good}&pageNumber=1&pageSize=10`,
      'libId',
    ],
    [
      'an EntityId with a space',
      `/api/libraries/${sixty.LibId}/samples?${good}&entityId=a%20b&pageNumber=1&pageSize=10`,
      'entityId',
    ],
    [
      'neither entityId nor entityName',
      `/api/libraries/${sixty.LibId}/samples?${good}&pageNumber=1&pageSize=10`,
      'entityId',
    ],
    [
      'both entityId and entityName',
      `/api/libraries/${sixty.LibId}/samples?${good}&entityId=a&entityName=b&pageNumber=1&pageSize=10`,
      'entityId',
    ],
    [
      'an entity name of 65 bytes',
      `/api/libraries/${sixty.LibId}/samples?${good}&entityName=${encodeURIComponent(`${'名'.repeat(21)}ab`)}&pageNumber=1&pageSize=10`,
      'entityName',
    ],
    ['page size 51', `/api/libraries/${sixty.LibId}/entities?${good}&pageNumber=1&pageSize=51`, 'pageSize'],
    ['a missing page number', `/api/libraries/${sixty.LibId}/entities?${good}&pageSize=10`, 'pageNumber'],
    ['an unknown parameter', `/api/libraries/${sixty.LibId}?${good}&pageSize=10`, undefined],
  ])(
    'when the request has %s, then 400 naming the field and no upstream call',
    async (_case, path, field) => {
      const response = await stack.get(path);
      expect(response.status).toBe(400);
      const { error } = errorBodySchema.parse(await response.json());
      expect(error.code).toBe('InvalidQuery');
      expect(error.field).toBe(field);
      expect(stack.emulator.stats().total).toBe(0);
    },
  );
});
