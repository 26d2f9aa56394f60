/**
 * The reads the gateway makes: for each route, which action, which fields, which cache key and how the answer
 * becomes ours. Keys start with region and algorithm (after the identity), so writes can drop what they touch.
 */
import type { LibrariesQuery, LibraryPage } from '@ice-console/shared/libraries';
import type {
  EntitiesQuery,
  EntityPage,
  LibraryAnswer,
  LibraryQuery,
  SamplePage,
  SamplesQuery,
} from '@ice-console/shared/library-contents';
import { ApiError } from '../api-error';
import { type IceAction, libsQuery } from './region-clients';
import { toEntityPage, toLibraryPage, toSamplePage } from './upstream-response';

/** One cached, coalesced, budgeted, retried read. */
export interface ReadSpec<Answer> {
  region: LibrariesQuery['region'];
  action: IceAction;
  upstreamQuery: Record<string, string>;
  /** What identifies the answer besides the identity. */
  key: (string | number)[];
  /**
   * A method, not an arrow property: tsx (tests, benchmarks) keeps function names by redefining each named arrow's
   * `name` as it is made, which costs a fresh closure per read far more than the closure itself.
   */
  toAnswer(body: unknown): Answer;
}

export function librariesRead(query: LibrariesQuery): ReadSpec<LibraryPage> {
  // LibIds sorted: the same set in another order is the same page.
  const ids = [...(query.libId ?? [])].sort().join(',');
  return {
    region: query.region,
    action: 'ListRecognitionLibs',
    upstreamQuery: libsQuery(query),
    key: [query.region, query.algorithm, 'libs', query.pageNumber, query.pageSize, ids],
    toAnswer(body) {
      return toLibraryPage(query, body);
    },
  };
}

/** The service has no Get action: a library is found by listing with its LibId, or it is not found. */
export function libraryRead(query: LibraryQuery & { libId: string }): ReadSpec<LibraryAnswer> {
  const libs = { ...query, pageNumber: 1, pageSize: 1, libId: [query.libId] };
  return {
    region: query.region,
    action: 'ListRecognitionLibs',
    upstreamQuery: libsQuery(libs),
    key: [query.region, query.algorithm, 'lib', query.libId],
    toAnswer(body) {
      const page = toLibraryPage(libs, body);
      const library = page.libraries.find((lib) => lib.libId === query.libId);
      if (library === undefined) {
        throw new ApiError(404, 'LibraryNotFound', `There is no library ${query.libId} in this view.`, {
          requestId: page.requestId,
        });
      }
      return { requestId: page.requestId, region: query.region, algorithm: query.algorithm, library };
    },
  };
}

export function entitiesRead(query: EntitiesQuery & { libId: string }): ReadSpec<EntityPage> {
  const { region, algorithm, libId, pageNumber, pageSize } = query;
  return {
    region,
    action: 'ListRecognitionEntities',
    upstreamQuery: {
      Algorithm: algorithm,
      LibId: libId,
      PageNumber: String(pageNumber),
      PageSize: String(pageSize),
    },
    key: [region, algorithm, 'entities', libId, pageNumber, pageSize],
    toAnswer(body) {
      return toEntityPage({ region, algorithm, libId }, body);
    },
  };
}

/** By entity, or by entity name (the service's `EntityId=ANY` search). */
export function samplesRead(query: SamplesQuery & { libId: string }): ReadSpec<SamplePage> {
  const { region, algorithm, libId, pageNumber, pageSize, entityId, entityName } = query;
  const upstreamQuery: Record<string, string> = {
    Algorithm: algorithm,
    LibId: libId,
    EntityId: entityName === undefined ? (entityId ?? '') : 'ANY',
    PageNumber: String(pageNumber),
    PageSize: String(pageSize),
  };
  if (entityName !== undefined) upstreamQuery.EntityName = entityName;
  const which = entityName === undefined ? `id:${entityId}` : `name:${entityName}`;
  return {
    region,
    action: 'ListRecognitionSamples',
    upstreamQuery,
    key: [region, algorithm, 'samples', libId, which, pageNumber, pageSize],
    toAnswer(body) {
      return toSamplePage({ region, algorithm, libId }, body);
    },
  };
}
