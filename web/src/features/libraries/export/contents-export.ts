/**
 * A page of entities or samples as a CSV or JSON file, escaped exactly like the library export: the CSV goes through
 * page-export.ts's own toCsv. That function writes three free-text cells a row (LibId, LibName, LibDescription)
 * then Region and Algorithm; an entity (EntityId, EntityName, EntityInfo) and a sample (SampleId, ImageUrl,
 * EntityId) are three cells too, so they are written by it and only the header line is swapped for their own.
 * Loaded with a dynamic import on the first export, like page-export.ts.
 */
import type { EntityPage, SamplePage } from '@ice-console/shared/library-contents';
import { CSV_COLUMNS, download, toCsv } from './page-export';

type Cells = [string, string, string];
type PageFacts = Omit<EntityPage, 'entities'>;

function csvOf(page: PageFacts, header: Cells, rows: Cells[], bom: boolean): string {
  const libraries = rows.map(([libId, libName, libDescription]) => ({ libId, libName, libDescription }));
  const csv = toCsv({ ...page, libraries }, { bom });
  const libraryHeader = CSV_COLUMNS.join(',');
  const at = csv.indexOf(libraryHeader);
  // The header starts the file (after the BOM); if page-export.ts ever writes another, fail rather than mislabel.
  if (at < 0 || at > 1) throw new Error('page-export.ts no longer starts with its header');
  return `${csv.slice(0, at)}${[...header, 'Region', 'Algorithm'].join(',')}${csv.slice(at + libraryHeader.length)}`;
}

function jsonOf(page: PageFacts, extra: Record<string, unknown>, exportedAt: Date): string {
  const { libId, region, algorithm, pageNumber, pageSize, totalCount, requestId } = page;
  const facts = { libId, region, algorithm, pageNumber, pageSize, totalCount, requestId };
  return `${JSON.stringify({ ...facts, exportedAt: exportedAt.toISOString(), ...extra }, null, 2)}\n`;
}

export function entitiesCsv(page: EntityPage, { bom = true } = {}): string {
  const rows = page.entities.map((e): Cells => [e.entityId, e.entityName, e.entityInfo]);
  return csvOf(page, ['EntityId', 'EntityName', 'EntityInfo'], rows, bom);
}

export function samplesCsv(page: SamplePage, { bom = true } = {}): string {
  const rows = page.samples.map((s): Cells => [s.sampleId, s.imageUrl, s.entityId]);
  return csvOf(page, ['SampleId', 'ImageUrl', 'EntityId'], rows, bom);
}

export function entitiesJson(page: EntityPage, exportedAt: Date): string {
  return jsonOf(page, { entities: page.entities }, exportedAt);
}

/** `of` says whose samples: one entity's, or those found by an entity name. */
export function samplesJson(page: SamplePage, of: SamplesOf, exportedAt: Date): string {
  return jsonOf(page, { ...of, samples: page.samples }, exportedAt);
}

export type SamplesOf = { entityId: string } | { entityName: string };

export function contentsFileName(
  page: PageFacts,
  what: 'entities' | 'samples',
  extension: string,
  entityId?: string,
): string {
  // IDs are only A-Z a-z 0-9 _ -; an entity name may hold anything, so a name search is called "by-name".
  const whose = what === 'samples' ? `_${entityId ?? 'by-name'}` : '';
  return `recognition-${what}_${page.region}_${page.algorithm}_${page.libId}${whose}_page-${page.pageNumber}.${extension}`;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const JSON_TYPE = 'application/json';

export function exportEntities(page: EntityPage, format: 'csv' | 'json', options: { bom: boolean }): void {
  if (format === 'csv')
    download(entitiesCsv(page, options), contentsFileName(page, 'entities', 'csv'), CSV_TYPE);
  else download(entitiesJson(page, new Date()), contentsFileName(page, 'entities', 'json'), JSON_TYPE);
}

export function exportSamples(
  page: SamplePage,
  of: SamplesOf,
  format: 'csv' | 'json',
  options: { bom: boolean },
): void {
  const entityId = 'entityId' in of ? of.entityId : undefined;
  if (format === 'csv')
    download(samplesCsv(page, options), contentsFileName(page, 'samples', 'csv', entityId), CSV_TYPE);
  else
    download(
      samplesJson(page, of, new Date()),
      contentsFileName(page, 'samples', 'json', entityId),
      JSON_TYPE,
    );
}
