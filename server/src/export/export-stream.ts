/**
 * Streams a full export as its pages arrive, in order, one page in flight: memory holds a page, whatever the size.
 * The first page is read before anything is sent, so a view that cannot be read at all is an ordinary error
 * answer. After that: backpressure (the next page waits until the client has taken the last one), a stop before
 * the next call once the client has gone, the row cap, and a last line that says why when a page fails for good.
 */
import { EXPORT_ROW_CAP, EXPORT_TOTAL_HEADER } from '@ice-console/shared/export-limits';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { toApiError } from '../ice/upstream-error';
import type { ExportWriter } from './export-formats';

export interface ExportPage<Row> {
  rows: Row[];
  totalCount: number;
}

export interface ExportPlan<Row> {
  /** Page `pageNumber` of EXPORT_PAGE_SIZE rows, uncached, through the budget and its retries. */
  readPage: (pageNumber: number) => Promise<ExportPage<Row>>;
  writer: ExportWriter<Row>;
  fileName: string;
  contentType: string;
}

// The budget refuses a call (429) only when other clients crowd its queue; an export waits its turn instead.
const BUDGET_RETRIES = 3;
const MAX_BUDGET_WAIT_MS = 5000;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

async function readWithTurns<Row>(plan: ExportPlan<Row>, pageNumber: number, gone: AbortSignal) {
  for (let turn = 0; ; turn++) {
    try {
      return await plan.readPage(pageNumber);
    } catch (caught) {
      const error = toApiError(caught);
      if (error.code !== 'BudgetExhausted' || turn >= BUDGET_RETRIES || gone.aborted) throw error;
      await sleep(Math.min(MAX_BUDGET_WAIT_MS, (error.retryAfterSeconds ?? 1) * 1000), gone);
    }
  }
}

/** Resolves once the client has taken what was written (or has gone). */
function drained(res: Response, gone: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      gone.removeEventListener('abort', done);
      resolve();
    };
    res.on('drain', done);
    gone.addEventListener('abort', done, { once: true });
  });
}

export async function streamExport<Row>(
  req: Request,
  res: Response,
  plan: ExportPlan<Row>,
  logger: Logger,
): Promise<void> {
  const client = new AbortController();
  const gone = client.signal;
  res.once('close', () => {
    if (!res.writableFinished) client.abort();
  });
  const first = await readWithTurns(plan, 1, gone);
  if (gone.aborted) return;
  const { totalCount } = first;
  const target = Math.min(totalCount, EXPORT_ROW_CAP);
  res.status(200);
  res.setHeader('Content-Type', plan.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${plan.fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader(EXPORT_TOTAL_HEADER, String(totalCount));
  const write = async (chunk: string) => {
    if (chunk !== '' && !res.write(chunk)) await drained(res, gone);
  };

  let rowCount = 0;
  let pages = 1;
  let outcome = 'complete';
  const take = async (rows: Row[]) => {
    const kept = rows.slice(0, target - rowCount);
    rowCount += kept.length;
    await write(plan.writer.rows(kept));
  };
  await write(plan.writer.start(totalCount));
  await take(first.rows);
  try {
    for (let pageNumber = 2; rowCount < target && !gone.aborted; pageNumber++) {
      const page = await readWithTurns(plan, pageNumber, gone);
      pages++;
      // The view shrank while it was read (rows deleted): what is left has been written.
      if (page.rows.length === 0 || gone.aborted) break;
      await take(page.rows);
    }
    if (!gone.aborted) res.end(plan.writer.end(rowCount, totalCount));
  } catch (caught) {
    const error = toApiError(caught);
    outcome = `incomplete: ${error.code}`;
    const requestId = error.requestId === undefined ? '' : ` (RequestId ${error.requestId})`;
    res.end(plan.writer.incomplete(rowCount, totalCount, `${error.code}: ${error.message}${requestId}`));
  }
  if (gone.aborted) outcome = 'client gone';
  logger.info(
    { url: req.originalUrl, file: plan.fileName, rows: rowCount, pages, totalCount, outcome },
    'export',
  );
}
