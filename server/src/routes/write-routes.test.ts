/** The six write routes against the emulator, through the SDK: each succeeds, and the read routes see it at once. */

import { libraryPageSchema } from '@ice-console/shared/libraries';
import { entityPageSchema, samplePageSchema } from '@ice-console/shared/library-contents';
import {
  createdEntitySchema,
  createdLibrarySchema,
  createdSampleSchema,
  deletedSchema,
} from '@ice-console/shared/writes';
import { describe, expect, it } from 'vitest';
import { sendWrite, useWriteStack } from '../testing/write-client';

const writes = useWriteStack();

// Shanghai has no face libraries in the demo data: everything here is ours.
const VIEW = 'region=cn-shanghai&algorithm=face';
const view = { region: 'cn-shanghai', algorithm: 'face' } as const;
const LIBS = `/api/libraries?${VIEW}&pageNumber=1&pageSize=50`;

async function json(path: string): Promise<unknown> {
  return (await writes.stack.get(path)).json();
}

describe('the write routes, one after the other', () => {
  it('when a library, an entity and a sample are created then deleted, then each answer is right and the lists show the change at once', async () => {
    // Read first, so the cache holds the empty pages a write must drop.
    expect(libraryPageSchema.parse(await json(LIBS)).totalCount).toBe(0);

    const lib = await sendWrite(writes.stack.url, 'POST', '/api/libraries', {
      body: { ...view, libName: '巴黎铁塔 landmarks', libDescription: 'Made by a test' },
    });
    expect(lib.status).toBe(201);
    const { libId, requestId } = createdLibrarySchema.parse(await lib.json());
    expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
    const libs = libraryPageSchema.parse(await json(LIBS));
    expect(libs.libraries).toEqual([
      { libId, libName: '巴黎铁塔 landmarks', libDescription: 'Made by a test' },
    ]);

    const entities = `/api/libraries/${libId}/entities?${VIEW}&pageNumber=1&pageSize=10`;
    expect(entityPageSchema.parse(await json(entities)).totalCount).toBe(0);
    const entity = await sendWrite(writes.stack.url, 'POST', `/api/libraries/${libId}/entities`, {
      body: { ...view, entityName: 'Eiffel', entityInfo: '{"description":"tower"}' },
    });
    expect(entity.status).toBe(201);
    const { entityId } = createdEntitySchema.parse(await entity.json());
    expect(entityPageSchema.parse(await json(entities)).entities).toEqual([
      { entityId, entityName: 'Eiffel', entityInfo: '{"description":"tower"}' },
    ]);

    const samples = `/api/libraries/${libId}/samples?${VIEW}&entityId=${entityId}&pageNumber=1&pageSize=10`;
    expect(samplePageSchema.parse(await json(samples)).totalCount).toBe(0);
    const sample = await sendWrite(
      writes.stack.url,
      'POST',
      `/api/libraries/${libId}/entities/${entityId}/samples`,
      {
        body: { ...view, imageUrl: 'https://img.example/eiffel.png' },
      },
    );
    expect(sample.status).toBe(201);
    const { sampleId } = createdSampleSchema.parse(await sample.json());
    expect(samplePageSchema.parse(await json(samples)).samples).toEqual([
      { sampleId, imageUrl: 'https://img.example/eiffel.png', entityId, libId },
    ]);

    const sampleGone = await sendWrite(
      writes.stack.url,
      'DELETE',
      `/api/libraries/${libId}/entities/${entityId}/samples/${sampleId}?${VIEW}`,
    );
    expect(sampleGone.status).toBe(200);
    deletedSchema.parse(await sampleGone.json());
    expect(samplePageSchema.parse(await json(samples)).totalCount).toBe(0);

    const entityGone = await sendWrite(
      writes.stack.url,
      'DELETE',
      `/api/libraries/${libId}/entities/${entityId}?${VIEW}`,
    );
    expect(entityGone.status).toBe(200);
    expect(entityPageSchema.parse(await json(entities)).totalCount).toBe(0);

    const libGone = await sendWrite(writes.stack.url, 'DELETE', `/api/libraries/${libId}?${VIEW}`);
    expect(libGone.status).toBe(200);
    expect(libraryPageSchema.parse(await json(LIBS)).totalCount).toBe(0);
    expect(writes.stack.emulator.state('cn-shanghai', 'face').Libs).toEqual([]);

    // Each write left an intent, then its outcome, with our request id and the service's.
    const lines = await writes.auditLines();
    expect(lines.map((line) => `${line.phase} ${line.action} ${line.outcome ?? ''}`.trim())).toEqual([
      'intent CreateRecognitionLib',
      'outcome CreateRecognitionLib ok',
      'intent CreateRecognitionEntity',
      'outcome CreateRecognitionEntity ok',
      'intent CreateRecognitionSample',
      'outcome CreateRecognitionSample ok',
      'intent DeleteRecognitionSample',
      'outcome DeleteRecognitionSample ok',
      'intent DeleteRecognitionEntity',
      'outcome DeleteRecognitionEntity ok',
      'intent DeleteRecognitionLib',
      'outcome DeleteRecognitionLib ok',
    ]);
    expect(lines[1]).toMatchObject({
      role: 'editor',
      session: 'address 127.0.0.1',
      region: 'cn-shanghai',
      algorithm: 'face',
      libId,
      name: '巴黎铁塔 landmarks',
      upstreamRequestId: requestId,
      requestId: lib.headers.get('x-request-id'),
    });
    expect(lines[5]).toMatchObject({ libId, entityId, sampleId });
  });

  it('when a label sample is added with a text prompt, then the service keeps the prompt', async () => {
    const label = { region: 'cn-shanghai', algorithm: 'label' } as const;
    const lib = createdLibrarySchema.parse(
      await (
        await sendWrite(writes.stack.url, 'POST', '/api/libraries', { body: { ...label, libName: 'Labels' } })
      ).json(),
    );
    const entity = createdEntitySchema.parse(
      await (
        await sendWrite(writes.stack.url, 'POST', `/api/libraries/${lib.libId}/entities`, {
          body: { ...label, entityName: 'Cat' },
        })
      ).json(),
    );
    const sample = await sendWrite(
      writes.stack.url,
      'POST',
      `/api/libraries/${lib.libId}/entities/${entity.entityId}/samples`,
      { body: { ...label, labelPrompt: '一只橘猫' } },
    );
    expect(sample.status).toBe(201);
    const stored = writes.stack.emulator
      .state('cn-shanghai', 'label')
      .Libs.find((l) => l.LibId === lib.libId);
    expect(stored?.Entities[0]?.Samples[0]?.LabelPrompt).toBe('一只橘猫');
  });
});
