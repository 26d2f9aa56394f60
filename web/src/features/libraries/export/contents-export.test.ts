import type { EntityPage, SamplePage } from '@ice-console/shared/library-contents';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contentsFileName, entitiesCsv, entitiesJson, samplesCsv, samplesJson } from './contents-export';

const facts = {
  requestId: 'REQ-9',
  region: 'cn-beijing',
  algorithm: 'logo',
  libId: 'lib_1',
  pageNumber: 2,
  pageSize: 10,
  totalCount: 12,
} as const;

const entities: EntityPage = {
  ...facts,
  entities: [
    { entityId: 'e1', entityName: '=HYPERLINK("http://x")', entityInfo: '{"description":"a, \\"quoted\\""}' },
    { entityId: 'e2', entityName: '巴黎铁塔', entityInfo: '<img src=x onerror=alert(1)>' },
  ],
};

const samples: SamplePage = {
  ...facts,
  samples: [{ sampleId: 's1', imageUrl: 'https://img.example/a.png?x=1,2', entityId: 'e1', libId: 'lib_1' }],
};

describe('entitiesCsv', () => {
  it('when exported, then the header is the entities’ own and each row is one entity with region and algorithm', () => {
    const csv = entitiesCsv(entities);
    expect(csv.startsWith('\uFEFFEntityId,EntityName,EntityInfo,Region,Algorithm\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual(['e2', '巴黎铁塔', '<img src=x onerror=alert(1)>', 'cn-beijing', 'logo']);
    expect(rows[1]?.[2]).toBe('{"description":"a, \\"quoted\\""}');
  });

  it('when a name starts like a formula, then it is escaped as the library export escapes it', () => {
    const rows = Papa.parse<string[]>(entitiesCsv(entities, { bom: false }).trimEnd()).data;
    expect(rows[1]?.[1]).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('samples export', () => {
  it('when exported as CSV, then SampleId, ImageUrl and EntityId are the columns', () => {
    const rows = Papa.parse<string[]>(samplesCsv(samples, { bom: false }).trimEnd()).data;
    expect(rows).toEqual([
      ['SampleId', 'ImageUrl', 'EntityId', 'Region', 'Algorithm'],
      ['s1', 'https://img.example/a.png?x=1,2', 'e1', 'cn-beijing', 'logo'],
    ]);
  });

  it('when exported as JSON, then the page facts, what was searched and the rows are there', () => {
    const parsed = JSON.parse(samplesJson(samples, { entityName: '巴黎' }, new Date('2026-01-02T03:04:05Z')));
    expect(parsed).toMatchObject({
      libId: 'lib_1',
      entityName: '巴黎',
      exportedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(parsed.samples).toEqual(samples.samples);
    expect(JSON.parse(entitiesJson(entities, new Date())).entities).toEqual(entities.entities);
  });

  it('when named, then the file says what, where, which library and page', () => {
    expect(contentsFileName(samples, 'samples', 'csv', 'e1')).toBe(
      'recognition-samples_cn-beijing_logo_lib_1_e1_page-2.csv',
    );
    expect(contentsFileName(samples, 'samples', 'json')).toBe(
      'recognition-samples_cn-beijing_logo_lib_1_by-name_page-2.json',
    );
    expect(contentsFileName(entities, 'entities', 'csv')).toBe(
      'recognition-entities_cn-beijing_logo_lib_1_page-2.csv',
    );
  });
});
