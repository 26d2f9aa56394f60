/** The entities table's columns: row number, the name as a link to the entity's page, EntityId (copyable), EntityInfo. */
import type { Entity } from '@ice-console/shared/library-contents';
import { useMemo } from 'react';
import { CopyButton } from '../../../components/copy-button';
import type { Column } from '../../../components/data-table';
import { useI18n } from '../../../lib/i18n/i18n';
import { PageLink } from '../components/page-link';
import type { ContentsView } from '../contents/contents-view';
import { useContentsTexts } from '../contents/use-contents-texts';
import { loadEntityPage } from '../pages';
import { entityPath } from '../paths';
import { readEntityInfo } from './entity-info';

const preload = () => void loadEntityPage();

function EntityInfoText({ info }: { info: string }) {
  const texts = useContentsTexts();
  const readable = readEntityInfo(info);
  if (readable.kind === 'none') return <span className="hint">{texts.entities.noInfo}</span>;
  if (readable.kind === 'json') return <code className="entity-json">{readable.text}</code>;
  return <>{readable.text}</>;
}

interface Options {
  libId: string;
  /** The page's rows, which number them. */
  entities: Entity[];
  view: ContentsView;
  rowOffset: number;
}

export function useEntityColumns({ libId, entities, view, rowOffset }: Options): Column<Entity>[] {
  const { t } = useI18n();
  const texts = useContentsTexts();
  const { region, algorithm } = view;
  return useMemo<Column<Entity>[]>(
    () => [
      {
        header: texts.entities.rowNumber,
        className: 'col-number',
        cell: (entity) => t.formatNumber(rowOffset + entities.indexOf(entity) + 1),
      },
      {
        header: texts.entities.name,
        className: 'col-name',
        cell: ({ entityId, entityName }) => (
          <PageLink href={entityPath(libId, entityId, { region, algorithm })} onIntent={preload}>
            {entityName}
          </PageLink>
        ),
      },
      {
        header: texts.entityId,
        className: 'col-id',
        cell: ({ entityId }) => (
          <span className="lib-id">
            <code>{entityId}</code>
            <CopyButton text={entityId} what={entityId} />
          </span>
        ),
      },
      {
        header: texts.entities.info,
        className: 'col-description',
        cell: ({ entityInfo }) => <EntityInfoText info={entityInfo} />,
      },
    ],
    [t, texts, libId, entities, rowOffset, region, algorithm],
  );
}
