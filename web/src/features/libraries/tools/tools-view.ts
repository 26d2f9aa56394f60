/**
 * What the view tools work on: the list (ListRecognitionLibs), a library's entities (ListRecognitionEntities) or
 * samples (ListRecognitionSamples). From it come the equivalent service call and the full export's address.
 */
import type { ApiFileRoutes } from '@ice-console/shared/api-routes';
import type { Region } from '@ice-console/shared/regions';
import { routeUrl } from '../../../lib/api-client';
import type { EntitiesRequest } from '../api/get-entities';
import type { LibrariesRequest } from '../api/get-libraries';
import type { SamplesRequest } from '../api/get-samples';

/** `totalCount` is the view's, unknown while the page on screen is still the previous view's. */
export type ToolsView =
  | { kind: 'libraries'; request: LibrariesRequest; totalCount: number | undefined }
  | { kind: 'entities'; request: EntitiesRequest; totalCount: number | undefined }
  | { kind: 'samples'; request: SamplesRequest };

/** The list's filter by name (the rows it keeps are picked in the first load, where the table is). */
export interface NameFilterState {
  value: string;
  onChange: (text: string) => void;
  /** No row on the page matches. */
  none: boolean;
}

/** One call to the service, as its documentation spells it: the action and its parameters, in order. */
export interface IceCall {
  region: Region;
  action: 'ListRecognitionLibs' | 'ListRecognitionEntities' | 'ListRecognitionSamples';
  params: Array<[string, string]>;
}

export function iceCallOf(view: ToolsView): IceCall {
  const { region, algorithm, pageNumber, pageSize } = view.request;
  const paging: Array<[string, string]> = [
    ['PageNumber', String(pageNumber)],
    ['PageSize', String(pageSize)],
  ];
  if (view.kind === 'libraries') {
    const ids = view.request.libId ?? [];
    const filter: Array<[string, string]> = ids.length > 0 ? [['LibId', ids.join(',')]] : [];
    return {
      region,
      action: 'ListRecognitionLibs',
      params: [['Algorithm', algorithm], ...paging, ...filter],
    };
  }
  const library: Array<[string, string]> = [
    ['Algorithm', algorithm],
    ['LibId', view.request.libId],
  ];
  if (view.kind === 'entities')
    return { region, action: 'ListRecognitionEntities', params: [...library, ...paging] };
  // The service's search by name is EntityId=ANY with the EntityName (../shared/ICE-RECOGNITION.md).
  const { entityId, entityName } = view.request;
  const entity: Array<[string, string]> =
    entityName === undefined
      ? [['EntityId', entityId]]
      : [
          ['EntityId', 'ANY'],
          ['EntityName', entityName],
        ];
  return { region, action: 'ListRecognitionSamples', params: [...library, ...entity, ...paging] };
}

export type ExportChoice = 'excelCsv' | 'csv' | 'json';

/** The full export's address for an exportable view, in the format chosen. */
export function exportUrlOf(view: Exclude<ToolsView, { kind: 'samples' }>, choice: ExportChoice): string {
  const { region, algorithm } = view.request;
  const query = new URLSearchParams({ region, algorithm, format: choice === 'json' ? 'json' : 'csv' });
  if (choice === 'excelCsv') query.set('bom', '1');
  if (view.kind === 'entities') {
    const route: keyof ApiFileRoutes = '/api/libraries/:libId/entities/export';
    return routeUrl(route, { libId: view.request.libId }, query);
  }
  const ids = view.request.libId ?? [];
  if (ids.length > 0) query.set('libId', ids.join(','));
  const route: keyof ApiFileRoutes = '/api/libraries/export';
  return routeUrl(route, {}, query);
}
