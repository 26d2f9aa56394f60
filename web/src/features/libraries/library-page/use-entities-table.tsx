/** The entities table: row number, the name as a link to the entity's page, EntityId (copyable), EntityInfo. */
import type { Entity } from '@ice-console/shared/library-contents';
import { createColumnHelper, type PaginationState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { type ServerTableFeatures, useServerTable } from '../../../components/use-server-table';
import { useI18n } from '../../../lib/i18n/i18n';
import { PageLink } from '../components/page-link';
import type { ContentsView } from '../contents/contents-view';
import { useContentsTexts } from '../contents/use-contents-texts';
import { loadEntityPage } from '../pages';
import { entityPath } from '../paths';
import { readEntityInfo } from './entity-info';

const column = createColumnHelper<ServerTableFeatures, Entity>();

export const ENTITY_COLUMN_CLASSES: Record<string, string> = {
  rowNumber: 'col-number',
  entityName: 'col-name',
  entityId: 'col-id',
  entityInfo: 'col-description',
};

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
  entities: Entity[];
  totalCount: number;
  view: ContentsView;
  rowOffset: number;
  onPaginationChange: (next: PaginationState) => void;
}

export function useEntitiesTable({
  libId,
  entities,
  totalCount,
  view,
  rowOffset,
  onPaginationChange,
}: Options) {
  const { t } = useI18n();
  const texts = useContentsTexts();
  const { region, algorithm } = view;
  const columns = useMemo(
    () =>
      column.columns([
        column.display({
          id: 'rowNumber',
          header: texts.entities.rowNumber,
          cell: ({ row }) => t.formatNumber(rowOffset + row.index + 1),
        }),
        column.accessor('entityName', {
          header: texts.entities.name,
          cell: (info) => (
            <PageLink
              href={entityPath(libId, info.row.original.entityId, { region, algorithm })}
              onIntent={preload}
            >
              {info.getValue()}
            </PageLink>
          ),
        }),
        column.accessor('entityId', {
          header: texts.entityId,
          cell: (info) => (
            <span className="lib-id">
              <code>{info.getValue()}</code>
              <CopyButton text={info.getValue()} what={info.getValue()} />
            </span>
          ),
        }),
        column.accessor('entityInfo', {
          header: texts.entities.info,
          cell: (info) => <EntityInfoText info={info.getValue()} />,
        }),
      ]),
    [t, texts, libId, rowOffset, region, algorithm],
  );
  return useServerTable({
    rows: entities,
    columns,
    getRowId: (entity) => entity.entityId,
    totalCount,
    pagination: { pageIndex: view.page - 1, pageSize: view.pageSize },
    onPaginationChange,
  });
}
