/**
 * The TanStack table for one server page: paging is manual (the BFF pages, the table only knows the row count),
 * and its pagination state is the URL's, so every paging control goes through the URL.
 */
import type { Library } from '@ice-console/shared/libraries';
import {
  createColumnHelper,
  type PaginationState,
  type ReactTable,
  rowPaginationFeature,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { useI18n } from '../../../lib/i18n/i18n';

const features = tableFeatures({ rowPaginationFeature });
const column = createColumnHelper<typeof features, Library>();
export type LibrariesTableInstance = ReactTable<typeof features, Library>;

interface Options {
  libraries: Library[];
  totalCount: number;
  pagination: PaginationState;
  /** The number of rows before the first one shown: of the page on screen, which lags the URL while loading. */
  rowOffset: number;
  onPaginationChange: (next: PaginationState) => void;
}

export function useLibrariesTable({
  libraries,
  totalCount,
  pagination,
  rowOffset,
  onPaginationChange,
}: Options) {
  const { t } = useI18n();
  const columns = useMemo(
    () =>
      column.columns([
        column.display({
          id: 'rowNumber',
          header: t.table.rowNumber,
          cell: ({ row }) => rowOffset + row.index + 1,
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
        column.accessor('libName', { header: t.table.name }),
        column.accessor('libDescription', { header: t.table.description }),
      ]),
    [t, rowOffset],
  );
  return useTable({
    features,
    columns,
    data: libraries,
    getRowId: (library) => library.libId,
    manualPagination: true,
    rowCount: totalCount,
    state: { pagination },
    onPaginationChange: (updater: Updater<PaginationState>) =>
      onPaginationChange(typeof updater === 'function' ? updater(pagination) : updater),
  });
}
