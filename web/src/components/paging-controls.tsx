/** First / previous / next / last, a page field to jump, rows per page and "11–20 of 180", for any paged list. */
import { isPageSize, PAGE_SIZES, type PageSize } from '@ice-console/shared/paging';
import { type FormEvent, useId } from 'react';
import { useI18n } from '../lib/i18n/i18n';

/** The page on screen, for "11–20 of 180": it lags the URL while the next page loads. */
export interface ShownPage {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  rowCount: number;
}

/** The page the URL asks for, which every control changes. */
export interface WantedPage {
  page: number;
  pageSize: PageSize;
}

interface Props {
  wanted: WantedPage;
  page: ShownPage;
  /** While a page loads, so a second click cannot skip a page the user never saw. */
  busy: boolean;
  onChange: (next: WantedPage) => void;
}

/** The page that keeps the first row on screen when the page size changes. */
export function pageKeepingFirstRow(wanted: WantedPage, pageSize: PageSize): WantedPage {
  return { page: Math.floor(((wanted.page - 1) * wanted.pageSize) / pageSize) + 1, pageSize };
}

export function PagingControls({ wanted, page, busy, onChange }: Props) {
  const { t } = useI18n();
  const pageFieldId = useId();
  const sizeFieldId = useId();
  const { pageSize } = wanted;
  const pageCount = Math.max(1, Math.ceil(page.totalCount / pageSize));
  const from = (page.pageNumber - 1) * page.pageSize + 1;
  const canGoBack = wanted.page > 1;
  const canGoOn = wanted.page < pageCount;
  const goTo = (next: number) => onChange({ page: next, pageSize });
  const jump = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get('page');
    const asked = Number(typeof text === 'string' ? text.trim() : '');
    if (!Number.isInteger(asked)) return;
    goTo(Math.min(Math.max(asked, 1), pageCount));
  };
  return (
    <nav className="paging" aria-label={t.paging.label}>
      <p className="range" aria-live="polite">
        {t.paging.range(from, from + page.rowCount - 1, page.totalCount)}
      </p>
      <div className="paging-buttons">
        <button type="button" onClick={() => goTo(1)} disabled={busy || !canGoBack}>
          <span aria-hidden="true">«</span>
          <span className="sr-only">{t.paging.first}</span>
        </button>
        <button type="button" onClick={() => goTo(wanted.page - 1)} disabled={busy || !canGoBack}>
          <span aria-hidden="true">‹</span>
          <span className="sr-only">{t.paging.previous}</span>
        </button>
        <form className="page-jump" onSubmit={jump} key={wanted.page}>
          <label htmlFor={pageFieldId}>{t.paging.page}</label>
          <input
            id={pageFieldId}
            name="page"
            inputMode="numeric"
            pattern="[0-9]*"
            size={4}
            defaultValue={wanted.page}
            disabled={busy}
          />
          <span>{t.paging.of(pageCount)}</span>
          <button type="submit" disabled={busy}>
            {t.paging.go}
          </button>
        </form>
        <button type="button" onClick={() => goTo(wanted.page + 1)} disabled={busy || !canGoOn}>
          <span aria-hidden="true">›</span>
          <span className="sr-only">{t.paging.next}</span>
        </button>
        <button type="button" onClick={() => goTo(pageCount)} disabled={busy || !canGoOn}>
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
          onChange={(event) => {
            const size = Number(event.target.value);
            if (isPageSize(size)) onChange(pageKeepingFirstRow(wanted, size));
          }}
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
