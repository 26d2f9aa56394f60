/** First / previous / next / last, a page field to jump, rows per page and "11–20 of 180", for any paged list. */
import { PAGE_SIZES } from '@ice-console/shared/paging';
import type { RowData } from '@tanstack/react-table';
import { type FormEvent, useId } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import type { ServerTable } from './use-server-table';

/** The page on screen, for "11–20 of 180": it lags the URL while the next page loads. */
export interface ShownPage {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  rowCount: number;
}

interface Props<TData extends RowData> {
  table: ServerTable<TData>;
  page: ShownPage;
  /** While a page loads, so a second click cannot skip a page the user never saw. */
  busy: boolean;
}

export function PagingControls<TData extends RowData>({ table, page, busy }: Props<TData>) {
  const { t } = useI18n();
  const pageFieldId = useId();
  const sizeFieldId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());
  const from = (page.pageNumber - 1) * page.pageSize + 1;
  const jump = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get('page');
    const wanted = Number(typeof text === 'string' ? text.trim() : '');
    if (!Number.isInteger(wanted)) return;
    table.setPageIndex(Math.min(Math.max(wanted, 1), pageCount) - 1);
  };
  return (
    <nav className="paging" aria-label={t.paging.label}>
      <p className="range" aria-live="polite">
        {t.paging.range(from, from + page.rowCount - 1, page.totalCount)}
      </p>
      <div className="paging-buttons">
        <button
          type="button"
          onClick={() => table.firstPage()}
          disabled={busy || !table.getCanPreviousPage()}
        >
          <span aria-hidden="true">«</span>
          <span className="sr-only">{t.paging.first}</span>
        </button>
        <button
          type="button"
          onClick={() => table.previousPage()}
          disabled={busy || !table.getCanPreviousPage()}
        >
          <span aria-hidden="true">‹</span>
          <span className="sr-only">{t.paging.previous}</span>
        </button>
        <form className="page-jump" onSubmit={jump} key={pageIndex}>
          <label htmlFor={pageFieldId}>{t.paging.page}</label>
          <input
            id={pageFieldId}
            name="page"
            inputMode="numeric"
            pattern="[0-9]*"
            size={4}
            defaultValue={pageIndex + 1}
            disabled={busy}
          />
          <span>{t.paging.of(pageCount)}</span>
          <button type="submit" disabled={busy}>
            {t.paging.go}
          </button>
        </form>
        <button type="button" onClick={() => table.nextPage()} disabled={busy || !table.getCanNextPage()}>
          <span aria-hidden="true">›</span>
          <span className="sr-only">{t.paging.next}</span>
        </button>
        <button type="button" onClick={() => table.lastPage()} disabled={busy || !table.getCanNextPage()}>
          <span aria-hidden="true">»</span>
          <span className="sr-only">{t.paging.last}</span>
        </button>
      </div>
      <div className="page-size">
        <label htmlFor={sizeFieldId}>{t.paging.pageSize}</label>
        <select
          id={sizeFieldId}
          value={pageSize}
          disabled={busy}
          onChange={(event) => table.setPageSize(Number(event.target.value))}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
