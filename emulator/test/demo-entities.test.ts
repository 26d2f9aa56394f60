/** The demo entities and samples: within the limits everywhere, deterministic, and the documented edges in place. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEntities, demoLibraries } from '../src/demo-catalog';
import { DEFAULT_SEED } from '../src/demo-data';
import { DEMO_EDGES, demoEdges } from '../src/demo-edges';
import { DEMO_IMAGE_NAME } from '../src/demo-image';
import { SERVICE_ALGORITHMS, SERVICE_REGIONS } from '../src/service-model';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { callAction, ok, rowsOf } from './call-action';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const all = SERVICE_REGIONS.flatMap((region) =>
  SERVICE_ALGORITHMS.flatMap((algorithm) =>
    demoLibraries(DEFAULT_SEED, region, algorithm).map((lib, index) => ({
      algorithm,
      entities: demoEntities(DEFAULT_SEED, region, algorithm, index, lib.LibId),
    })),
  ),
);
const entities = all.flatMap(({ entities }) => entities);
const samples = all.flatMap(({ algorithm, entities }) =>
  entities.flatMap((e) => e.Samples.map((s) => ({ algorithm, ...s }))),
);

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, qpsLimit: 100_000 });
});
afterAll(() => emulator.close());
const shanghai = (action: string, params: Record<string, string>) =>
  ok(
    callAction(
      emulator,
      action,
      { Algorithm: 'landmark', PageNumber: '1', PageSize: '50', ...params },
      { region: 'cn-shanghai' },
    ),
  );

describe('the demo entities and samples', () => {
  it('when every demo library is expanded, then names, infos and IDs respect the service limits', () => {
    expect(entities.length).toBeGreaterThan(5000);
    for (const entity of entities) {
      expect(bytes(entity.EntityName)).toBeLessThanOrEqual(64);
      expect(bytes(entity.EntityInfo)).toBeLessThanOrEqual(256);
      if (entity.EntityInfo !== '') expect(() => JSON.parse(entity.EntityInfo)).not.toThrow();
    }
    const ids = [...entities.map((e) => e.EntityId), ...samples.map((s) => s.SampleId)];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...entities.map((e) => bytes(e.EntityName)))).toBe(64);
    expect(Math.max(...entities.map((e) => bytes(e.EntityInfo)))).toBe(256);
  });

  it('when a sample is a label sample, then it is a prompt; otherwise a demo picture or the one broken URL', () => {
    for (const sample of samples) {
      if (sample.algorithm === 'label') expect(sample.LabelPrompt).toEqual(expect.any(String));
      else if (sample.ImageUrl !== undefined) expect(sample.ImageUrl).toBe('http://127.0.0.1:9/missing.jpg');
      else expect(sample.DemoImage).toMatch(DEMO_IMAGE_NAME);
    }
    expect(samples.filter((s) => s.ImageUrl !== undefined)).toHaveLength(1);
  });

  it('when generated for another seed, then the edges are there with other IDs', () => {
    const other = demoEdges(DEFAULT_SEED + 1);
    expect(other.entityWith60Samples.sampleCount).toBe(60);
    expect(other.entityWith60Samples.EntityId).not.toBe(DEMO_EDGES.entityWith60Samples.EntityId);
    expect(demoEdges()).toEqual(DEMO_EDGES);
  });
});

describe('the documented edges, over HTTP', () => {
  it('when listing the edge libraries, then one has no entities and one has 1,234', async () => {
    expect(DEMO_EDGES.libraryWithNoEntities.LibName).toBe('Bund skyline');
    expect(
      (await shanghai('ListRecognitionEntities', { LibId: DEMO_EDGES.libraryWithNoEntities.LibId }))
        .TotalCount,
    ).toBe(0);
    const many = await shanghai('ListRecognitionEntities', {
      LibId: DEMO_EDGES.libraryWithManyEntities.LibId,
      PageNumber: '25',
    });
    expect(many.TotalCount).toBe(1234);
    expect(rowsOf(many, 'Entities', 'Entity')).toHaveLength(34);
  });

  it('when listing the hostile library, then every hostile name comes back byte for byte', async () => {
    const { LibId, entityNames } = DEMO_EDGES.libraryWithHostileEntities;
    const listed = rowsOf(await shanghai('ListRecognitionEntities', { LibId }), 'Entities', 'Entity');
    expect(listed.map((e) => e.EntityName)).toEqual(entityNames);
    expect(entityNames).toEqual(
      expect.arrayContaining([
        '=HYPERLINK("http://example.com","x")',
        '<img src=x onerror=alert(1)>',
        'Line one\nLine two',
      ]),
    );
    expect(listed.map((e) => e.EntityInfo)).toContain('{"description":"<script>alert(1)</script>"}');
  });

  it('when listing the showcase samples, then the empty entity has none and the broken one points at loopback', async () => {
    const empty = DEMO_EDGES.entityWithNoSamples;
    expect(
      (await shanghai('ListRecognitionSamples', { LibId: empty.LibId, EntityId: empty.EntityId })).TotalCount,
    ).toBe(0);
    const broken = DEMO_EDGES.brokenImageSample;
    const listed = rowsOf(
      await shanghai('ListRecognitionSamples', { LibId: broken.LibId, EntityId: broken.EntityId }),
      'Samples',
      'Sample',
    );
    expect(listed[0]).toEqual({
      SampleId: broken.SampleId,
      ImageUrl: 'http://127.0.0.1:9/missing.jpg',
      EntityId: broken.EntityId,
      LibId: broken.LibId,
    });
    // The others are this emulator's own pictures, which load.
    const picture = String(listed[1]?.ImageUrl);
    expect(picture.startsWith(emulator.imageBaseUrl)).toBe(true);
    expect(emulator.imageBaseUrl).toBe(`http://${emulator.endpoints['cn-beijing']}/images/`);
    const response = await fetch(picture);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
  });

  it('when listing the label library, then its samples have no ImageUrl, and the state shows their prompts', async () => {
    const { LibId, region, algorithm } = DEMO_EDGES.labelLibraryWithPrompts;
    expect([region, algorithm]).toEqual(['cn-shanghai', 'label']);
    const listed = await ok(
      callAction(
        emulator,
        'ListRecognitionSamples',
        { Algorithm: 'label', LibId, EntityId: 'ANY', PageNumber: '1', PageSize: '50' },
        { region },
      ),
    );
    expect(listed.TotalCount).toBe(15);
    for (const sample of rowsOf(listed, 'Samples', 'Sample')) expect(sample.ImageUrl).toBe('');
    const state = emulator.state(region, algorithm).Libs.find((lib) => lib.LibId === LibId);
    expect(state?.Entities[0]?.Samples[0]?.LabelPrompt).toMatch(/\S/);
  });
});
