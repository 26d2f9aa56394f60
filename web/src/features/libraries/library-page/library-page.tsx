/**
 * A library's page (a lazy chunk): name, description and copyable LibId, then its entities in a paged table, or the
 * samples found by an entity name. `/libraries/<libId>?region=&algorithm=&page=&pageSize=[&entityName=]`.
 */
import { LIB_ID_PATTERN } from '@ice-console/shared/lib-ids';
import type { Region } from '@ice-console/shared/regions';
import { useId, useMemo } from 'react';
import { CorrectionsNotice } from '../../../components/notices';
import { TableSkeleton } from '../../../components/table-skeleton';
import { type LibraryAddress, useLibrary } from '../api/get-library';
import { useDefaultRegion } from '../api/get-regions';
import { BadLink } from '../contents/bad-link';
import { Breadcrumbs } from '../contents/breadcrumbs';
import { useContentsView } from '../contents/contents-view';
import { LibraryFailure } from '../contents/library-failure';
import { useContentsTexts } from '../contents/use-contents-texts';
import { LazyLibraryActions } from '../manage/lazy-manage';
import { listPath } from '../paths';
import { SamplesResults } from '../samples/samples-results';
import { EntitiesResults } from './entities-results';
import { EntityNameSearch } from './entity-name-search';
import { LibraryHeader } from './library-header';

export function LibraryPage({ libId }: { libId: string }) {
  const defaultRegion = useDefaultRegion();
  if (!LIB_ID_PATTERN.test(libId)) return <BadLink />;
  if (!defaultRegion) return <TableSkeleton rows={10} />;
  return <LibraryBrowser libId={libId} defaultRegion={defaultRegion} />;
}

function LibraryBrowser({ libId, defaultRegion }: { libId: string; defaultRegion: Region }) {
  const texts = useContentsTexts();
  const titleId = useId();
  const { view, corrections, dismissCorrections, changeView } = useContentsView(defaultRegion, true);
  const { region, algorithm, page, pageSize, entityName } = view;
  const address = useMemo<LibraryAddress>(() => ({ region, algorithm, libId }), [region, algorithm, libId]);
  const byName = useMemo(
    () => ({ ...address, pageNumber: page, pageSize, entityName }),
    [address, page, pageSize, entityName],
  );
  const library = useLibrary(address);
  const name = library.data?.library.libName;
  return (
    <section className="contents-page" aria-labelledby={titleId}>
      <Breadcrumbs
        crumbs={[{ label: texts.libraries, pathname: '/', fallback: listPath(view) }]}
        current={name ?? libId}
      />
      <CorrectionsNotice corrections={corrections} onDismiss={dismissCorrections} />
      {library.isError ? (
        <LibraryFailure query={library} view={view} />
      ) : (
        <>
          <LibraryHeader titleId={titleId} libId={libId} library={library.data?.library} view={view} />
          <LazyLibraryActions where={address} libName={name} />
          <EntityNameSearch
            key={entityName}
            entityName={entityName}
            onApply={(next) => changeView({ entityName: next })}
          />
          {entityName === '' ? (
            <EntitiesResults
              address={address}
              libraryName={name ?? libId}
              view={view}
              changeView={changeView}
            />
          ) : (
            <SamplesResults
              request={byName}
              view={view}
              changeView={changeView}
              title={() => texts.search.title(entityName)}
              empty={texts.search.empty(entityName)}
            />
          )}
        </>
      )}
    </section>
  );
}
