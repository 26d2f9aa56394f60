/**
 * Samples, one page at a time: an entity's (entity page) or those of every entity with a name (the library page's
 * search). The shared paged states around the grid, and the same paging controls as the tables.
 */
import { useId } from 'react';
import { PagedResults } from '../../../components/paged-results';
import { PagingControls } from '../../../components/paging-controls';
import { TableSkeleton } from '../../../components/table-skeleton';
import { useScrollMemory } from '../../../lib/use-scroll-memory';
import { type SamplesRequest, useRefreshSamples, useSamples } from '../api/get-samples';
import type { ContentsView } from '../contents/contents-view';
import { useContentsTexts } from '../contents/use-contents-texts';
import { entityPath } from '../paths';
import { LazyViewTools } from '../tools/lazy-tools';
import { SamplesGrid } from './samples-grid';

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
            <PagingControls
              wanted={view}
              page={{ ...shown, rowCount: shown.samples.length }}
              busy={stale}
              onChange={changeView}
            />
          </>
        )}
      </PagedResults>
    </section>
  );
}
