/**
 * A TanStack table over one server page: paging is manual (the BFF pages, the table only knows the row count) and
 * its pagination state is the URL's, so every paging control goes through the URL. The samples grid uses it too,
 * without columns, for the same paging behaviour (a new page size keeps the first row on screen).
 */
import {
  type ColumnDef,
  type PaginationState,
  type ReactTable,
  type RowData,
  rowPaginationFeature,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';

export const serverTableFeatures = tableFeatures({ rowPaginationFeature });
export type ServerTableFeatures = typeof serverTableFeatures;
export type ServerTable<TData extends RowData> = ReactTable<ServerTableFeatures, TData>;

interface Options<TData extends RowData> {
  rows: TData[];
  columns: ColumnDef<ServerTableFeatures, TData>[];
  getRowId: (row: TData) => string;
  totalCount: number;
  pagination: PaginationState;
  onPaginationChange: (next: PaginationState) => void;
}

export function useServerTable<TData extends RowData>({
  rows,
  columns,
  getRowId,
  totalCount,
  pagination,
  onPaginationChange,
}: Options<TData>): ServerTable<TData> {
  return useTable({
    features: serverTableFeatures,
    columns,
    data: rows,
    getRowId,
    manualPagination: true,
    rowCount: totalCount,
    state: { pagination },
    onPaginationChange: (updater: Updater<PaginationState>) =>
      onPaginationChange(typeof updater === 'function' ? updater(pagination) : updater),
  });
}
