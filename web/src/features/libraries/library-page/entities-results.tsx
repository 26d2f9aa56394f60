/** The library's entities: the shared paged states around the entities table, with export and prefetch. */
import type { EntityPage } from '@ice-console/shared/library-contents';
import { useId, useMemo } from 'react';
import { DataTable } from '../../../components/data-table';
import { PagedResults } from '../../../components/paged-results';
import { PagingControls } from '../../../components/paging-controls';
import { TableSkeleton } from '../../../components/table-skeleton';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { type EntitiesRequest, useEntities, useRefreshEntities } from '../api/get-entities';
import type { LibraryAddress } from '../api/get-library';
import type { ContentsView } from '../contents/contents-view';
import { useContentsTexts } from '../contents/use-contents-texts';
import { LazyViewTools } from '../tools/lazy-tools';
import { useEntityColumns } from './use-entity-columns';

const NO_ROWS: EntityPage['entities'] = [];

interface Props {
  address: LibraryAddress;
  libraryName: string;
  view: ContentsView;
  changeView: (change: Partial<ContentsView>) => void;
}

export function EntitiesResults({ address, libraryName, view, changeView }: Props) {
  const texts = useContentsTexts();
  const titleId = useId();
  const request = useMemo<EntitiesRequest>(
    () => ({ ...address, pageNumber: view.page, pageSize: view.pageSize }),
    [address, view.page, view.pageSize],
  );
  const query = useEntities(request);
  const refresh = useRefreshEntities();
  useScrollMemory(query.data !== undefined || query.isError);
  const page = query.data;
  const columns = useEntityColumns({
    libId: address.libId,
    entities: page?.entities ?? NO_ROWS,
    view,
    rowOffset: page ? (page.pageNumber - 1) * page.pageSize : 0,
  });
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{texts.entities.title(query.isPlaceholderData ? undefined : page?.totalCount)}</h3>
      <PagedResults
        query={query}
        rowCount={(shown) => shown.entities.length}
        skeleton={
          <TableSkeleton
            rows={Math.min(view.pageSize, 10)}
            columns={columns.map((column) => ({ label: column.header, className: column.className }))}
            label={texts.entities.loading}
          />
        }
        empty={
          <div className="empty" role="status">
            <p className="empty-title">{texts.entities.empty}</p>
          </div>
        }
        onRefresh={() => refresh(request)}
        onExport={async (shown, format, options) => {
          const { exportEntities } = await import('../export/contents-export');
          exportEntities(shown, format, options);
        }}
        onGoToPage={(next) => changeView({ page: next })}
        tools={(shown) => (
          <LazyViewTools
            view={{
              kind: 'entities',
              request,
              totalCount: query.isPlaceholderData ? undefined : shown.totalCount,
            }}
          />
        )}
      >
        {(shown, stale) => (
          <>
            <DataTable
              rows={shown.entities}
              columns={columns}
              rowKey={(entity) => entity.entityId}
              caption={texts.entities.caption(libraryName)}
              isStale={stale}
            />
            <PagingControls
              wanted={view}
              page={{ ...shown, rowCount: shown.entities.length }}
              busy={stale}
              onChange={changeView}
            />
          </>
        )}
      </PagedResults>
    </section>
  );
}
