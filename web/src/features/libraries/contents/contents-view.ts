/**
 * The library and entity pages as URLs: `?region=&algorithm=&page=&pageSize=` plus, on the library page,
 * `entityName=` (a search of samples by entity name). Parsed like the list: never throws, reports corrections.
 */
import type { Region } from '@ice-console/shared/regions';
import { useCallback } from 'react';
import {
  type Correction,
  createReader,
  type PagedView,
  pagedViewParams,
  readPagedView,
  toSearch,
} from '../../../lib/url-fields';
import { type UrlView, useUrlView } from '../../../lib/use-url-view';

/** The contract's MAX_ENTITY_NAME_BYTES (shared/src/library-contents.ts imports zod, which stays out of the browser). */
export const MAX_ENTITY_NAME_BYTES = 64;

export interface ContentsView extends PagedView {
  /** The entity name searched for; empty when none. */
  entityName: string;
}

export const entityNameBytes = (name: string) => new TextEncoder().encode(name).length;

export function isEntityName(name: string): boolean {
  return name.trim() !== '' && entityNameBytes(name) <= MAX_ENTITY_NAME_BYTES;
}

export function parseContentsView(
  search: string,
  defaultRegion: Region,
  { withEntityName = true } = {},
): { view: ContentsView; corrections: Correction[] } {
  const reader = createReader(search);
  const paged = readPagedView(reader, defaultRegion);
  // The entity page has no search: a name there is dropped from the URL, silently.
  const entityName = withEntityName
    ? reader.read('entityName', '', (raw) => (isEntityName(raw) ? raw : undefined))
    : '';
  return { view: { ...paged, entityName }, corrections: reader.corrections };
}

export function contentsViewToSearch(view: ContentsView, current = ''): string {
  const params = pagedViewParams(view);
  if (view.entityName !== '') params.set('entityName', view.entityName);
  return toSearch(params, current);
}

export function useContentsView(defaultRegion: Region, withEntityName: boolean): UrlView<ContentsView> {
  const parse = useCallback(
    (search: string) => parseContentsView(search, defaultRegion, { withEntityName }),
    [defaultRegion, withEntityName],
  );
  return useUrlView(parse, contentsViewToSearch);
}
