/** The list's table: row number, LibId (copyable), the name as a link to the library's page, the description. */
import type { Library } from '@ice-console/shared/libraries';
import { createColumnHelper, type PaginationState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { type ServerTableFeatures, useServerTable } from '../../../components/use-server-table';
import { useI18n } from '../../../lib/i18n/i18n';
import { loadLibraryPage } from '../pages';
import { libraryPath } from '../paths';
import type { LibrariesView } from '../state/url-state';
import { PageLink } from './page-link';

const column = createColumnHelper<ServerTableFeatures, Library>();

export const LIBRARY_COLUMN_CLASSES: Record<string, string> = {
  rowNumber: 'col-number',
  libId: 'col-id',
  libName: 'col-name',
  libDescription: 'col-description',
};

const preload = () => void loadLibraryPage();

interface Options {
  /** The page's rows, which number them. */
  libraries: Library[];
  /** The rows on screen: the page's, or those the name filter keeps. */
  shownRows: Library[];
  totalCount: number;
  view: LibrariesView;
  /** The number of rows before the first one shown: of the page on screen, which lags the URL while loading. */
  rowOffset: number;
  onPaginationChange: (next: PaginationState) => void;
}

export function useLibrariesTable({
  libraries,
  shownRows,
  totalCount,
  view,
  rowOffset,
  onPaginationChange,
}: Options) {
  const { t } = useI18n();
  const { region, algorithm } = view;
  const columns = useMemo(
    () =>
      column.columns([
        column.display({
          id: 'rowNumber',
          header: t.table.rowNumber,
          // Numbered by place on the page, so a filtered row keeps its number.
          cell: ({ row }) => t.formatNumber(rowOffset + libraries.indexOf(row.original) + 1),
        }),
        column.accessor('libId', {
          header: t.table.libId,
          cell: (info) => (
            <span className="lib-id">
              <code>{info.getValue()}</code>
              <CopyButton text={info.getValue()} what={info.getValue()} />
            </span>
          ),
        }),
        column.accessor('libName', {
          header: t.table.name,
          cell: (info) => (
            <PageLink href={libraryPath(info.row.original.libId, { region, algorithm })} onIntent={preload}>
              {info.getValue()}
            </PageLink>
          ),
        }),
        column.accessor('libDescription', { header: t.table.description }),
      ]),
    [t, rowOffset, region, algorithm, libraries],
  );
  return useServerTable({
    rows: shownRows,
    columns,
    getRowId: (library) => library.libId,
    totalCount,
    pagination: { pageIndex: view.page - 1, pageSize: view.pageSize },
    onPaginationChange,
  });
}
