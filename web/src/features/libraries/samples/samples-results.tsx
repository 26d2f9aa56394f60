/**
 * Samples, one page at a time: an entity's (entity page) or those of every entity with a name (the library page's
 * search). The shared paged states around the grid; paging works as in the tables (a headless TanStack table).
 */
import type { Sample, SamplePage } from '@ice-console/shared/library-contents';
import { PAGE_SIZES } from '@ice-console/shared/paging';
import type { ColumnDef } from '@tanstack/react-table';
import { useId } from 'react';
import { PagedResults } from '../../../components/paged-results';
import { PagingControls } from '../../../components/paging-controls';
import { TableSkeleton } from '../../../components/table-skeleton';
import { type ServerTableFeatures, useServerTable } from '../../../components/use-server-table';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { type SamplesRequest, useRefreshSamples, useSamples } from '../api/get-samples';
import type { ContentsView } from '../contents/contents-view';
import { useContentsTexts } from '../contents/use-contents-texts';
import { entityPath } from '../paths';
import { LazyViewTools } from '../tools/lazy-tools';
import { SamplesGrid } from './samples-grid';

const NO_ROWS: SamplePage['samples'] = [];
const NO_COLUMNS: ColumnDef<ServerTableFeatures, Sample>[] = [];

interface Props {
  request: SamplesRequest;
  view: ContentsView;
  changeView: (change: Partial<ContentsView>) => void;
  /** The heading: "Samples (60)", or what was searched for. */
  title: (total: number | undefined) => string;
  empty: string;
}

export function SamplesResults({ request, view, changeView, title, empty }: Props) {
  const texts = useContentsTexts();
  const titleId = useId();
  const query = useSamples(request);
  const refresh = useRefreshSamples();
  useScrollMemory(query.data !== undefined || query.isError);
  const page = query.data;
  const table = useServerTable({
    rows: page?.samples ?? NO_ROWS,
    columns: NO_COLUMNS,
    getRowId: (sample) => sample.sampleId,
    totalCount: page?.totalCount ?? 0,
    pagination: { pageIndex: view.page - 1, pageSize: view.pageSize },
    onPaginationChange: (next) =>
      changeView({
        page: next.pageIndex + 1,
        pageSize: PAGE_SIZES.find((size) => size === next.pageSize) ?? view.pageSize,
      }),
  });
  const byName = request.entityName !== undefined;
  const entityHrefOf = byName
    ? (sample: { entityId: string }) => entityPath(request.libId, sample.entityId, view)
    : undefined;
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{title(query.isPlaceholderData ? undefined : page?.totalCount)}</h3>
      {view.algorithm === 'label' && <p className="notice">{texts.samples.labelNote}</p>}
      <PagedResults
        query={query}
        rowCount={(shown) => shown.samples.length}
        skeleton={
          <TableSkeleton
            rows={Math.min(view.pageSize, 10)}
            columns={[{ label: texts.samples.listLabel, className: 'col-name' }]}
            label={texts.samples.loading}
          />
        }
        empty={
          <div className="empty" role="status">
            <p className="empty-title">{empty}</p>
          </div>
        }
        onRefresh={() => refresh(request)}
        onExport={async (shown, format, options) => {
          const { exportSamples } = await import('../export/contents-export');
          const of = byName ? { entityName: request.entityName ?? '' } : { entityId: request.entityId ?? '' };
          exportSamples(shown, of, format, options);
        }}
        onGoToPage={(next) => changeView({ page: next })}
        tools={() => <LazyViewTools view={{ kind: 'samples', request }} />}
      >
        {(shown, stale) => (
          <>
            <SamplesGrid
              samples={shown.samples}
              algorithm={shown.algorithm}
              region={shown.region}
              isStale={stale}
              {...(entityHrefOf ? { entityHrefOf } : {})}
            />
            <PagingControls table={table} page={{ ...shown, rowCount: shown.samples.length }} busy={stale} />
          </>
        )}
      </PagedResults>
    </section>
  );
}
