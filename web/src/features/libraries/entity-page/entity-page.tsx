/**
 * An entity's page (a lazy chunk): its samples as a paged grid of thumbnails.
 * `/libraries/<libId>/entities/<entityId>?region=&algorithm=&page=&pageSize=`. The name and EntityInfo show when a
 * page of entities in the cache has them (no route answers one entity); a shared link shows the EntityId.
 */
import { LIB_ID_PATTERN } from '@ice-console/shared/lib-ids';
import type { Region } from '@ice-console/shared/regions';
import { useId, useMemo } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { CorrectionsNotice } from '../../../components/notices';
import { TableSkeleton } from '../../../components/table-skeleton';
import { useCachedEntity } from '../api/get-entities';
import { type LibraryAddress, useLibrary } from '../api/get-library';
import { useDefaultRegion } from '../api/get-regions';
import { BadLink } from '../contents/bad-link';
import { Breadcrumbs } from '../contents/breadcrumbs';
import { useContentsView } from '../contents/contents-view';
import { LibraryFailure } from '../contents/library-failure';
import { useContentsTexts } from '../contents/use-contents-texts';
import { readEntityInfo } from '../library-page/entity-info';
import { LazyEntityActions } from '../manage/lazy-manage';
import { libraryPath, libraryPathname, listPath } from '../paths';
import { SamplesResults } from '../samples/samples-results';

interface Props {
  libId: string;
  entityId: string;
}

export function EntityPage({ libId, entityId }: Props) {
  const defaultRegion = useDefaultRegion();
  if (!LIB_ID_PATTERN.test(libId) || !LIB_ID_PATTERN.test(entityId)) return <BadLink />;
  if (!defaultRegion) return <TableSkeleton rows={10} />;
  return <EntityBrowser libId={libId} entityId={entityId} defaultRegion={defaultRegion} />;
}

function EntityBrowser({ libId, entityId, defaultRegion }: Props & { defaultRegion: Region }) {
  const texts = useContentsTexts();
  const titleId = useId();
  const { view, corrections, dismissCorrections, changeView } = useContentsView(defaultRegion, false);
  const { region, algorithm, page, pageSize } = view;
  const address = useMemo<LibraryAddress>(() => ({ region, algorithm, libId }), [region, algorithm, libId]);
  const request = useMemo(
    () => ({ ...address, pageNumber: page, pageSize, entityId }),
    [address, page, pageSize, entityId],
  );
  const library = useLibrary(address);
  const entity = useCachedEntity(libId, entityId);
  const info = entity ? readEntityInfo(entity.entityInfo) : undefined;
  return (
    <section className="contents-page" aria-labelledby={titleId}>
      <Breadcrumbs
        crumbs={[
          { label: texts.libraries, pathname: '/', fallback: listPath(view) },
          {
            label: library.data?.library.libName ?? libId,
            pathname: libraryPathname(libId),
            fallback: libraryPath(libId, view),
          },
        ]}
        current={entity?.entityName ?? entityId}
      />
      <CorrectionsNotice corrections={corrections} onDismiss={dismissCorrections} />
      {library.isError ? (
        <LibraryFailure query={library} view={view} />
      ) : (
        <>
          <header className="page-header">
            <h2 id={titleId} className="page-title">
              {entity?.entityName ?? texts.entity.title}
            </h2>
            {info && info.kind !== 'none' && <p>{info.text}</p>}
            <dl className="facts">
              <div>
                <dt>{texts.entityId}</dt>
                <dd className="lib-id">
                  <code>{entityId}</code>
                  <CopyButton text={entityId} what={texts.entityId} />
                </dd>
              </div>
            </dl>
          </header>
          <LazyEntityActions address={{ ...address, entityId }} entityName={entity?.entityName ?? entityId} />
          <SamplesResults
            request={request}
            view={view}
            changeView={changeView}
            title={texts.samples.title}
            empty={texts.entity.empty}
          />
        </>
      )}
    </section>
  );
}
