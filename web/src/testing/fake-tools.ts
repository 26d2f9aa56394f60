/**
 * The stand-in BFF's answers for the overview, the search everywhere and the full exports (fake-bff.ts), and a
 * streamed export a test feeds chunk by chunk, so progress, cancel and the end of a file can be driven exactly.
 */
import { isAlgorithm } from '@ice-console/shared/algorithms';
import { EXPORT_TOTAL_HEADER } from '@ice-console/shared/export-limits';
import type { OverviewCell } from '@ice-console/shared/overview';
import { isRegion } from '@ice-console/shared/regions';
import type { FakeBffOptions, RecordedCall } from './fake-bff';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The cell of one view: 7 libraries each, unless `counts` says otherwise ("cn-beijing/object": 1234). */
export function fakeCell(params: URLSearchParams, counts: Record<string, number> = {}): OverviewCell {
  const region = params.get('region') ?? '';
  const algorithm = params.get('algorithm') ?? '';
  if (!isRegion(region) || !isAlgorithm(algorithm)) throw new Error('the fake overview wants one view');
  return { region, algorithm, totalCount: counts[`${region}/${algorithm}`] ?? 7 };
}

export function toolAnswer(
  url: URL,
  call: RecordedCall,
  options: FakeBffOptions,
): Response | Promise<Response> | undefined {
  const params = url.searchParams;
  if (url.pathname === '/api/overview')
    return options.overview?.(params, call) ?? json({ cells: [fakeCell(params)] });
  if (url.pathname === '/api/find') {
    const ids = (params.get('libId') ?? '').split(',');
    return (
      options.find?.(params, call) ??
      json({ libraries: ids.map((libId) => ({ libId, places: [] })), unanswered: [] })
    );
  }
  if (url.pathname.endsWith('/export')) {
    return (
      options.exportFile?.(params, call) ??
      json({ error: { code: 'NotFound', message: 'no', retryable: false } }, 404)
    );
  }
  return undefined;
}

export interface StreamedFile {
  response: Response;
  push(text: string): void;
  end(): void;
}

/** A 200 export whose body arrives as the test pushes it; the caller's abort errors it, as a browser's would. */
export function streamedFile(
  call: RecordedCall,
  total: number,
  format: 'csv' | 'json' = 'csv',
): StreamedFile {
  let control: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => {
      control = controller;
    },
  });
  call.signal?.addEventListener('abort', () =>
    control?.error(new DOMException('The user aborted.', 'AbortError')),
  );
  const encoder = new TextEncoder();
  return {
    response: new Response(body, {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="recognition-libs_cn-shanghai_landmark_all_2026-01-02.${format}"`,
        [EXPORT_TOTAL_HEADER]: String(total),
      },
    }),
    push: (text) => control?.enqueue(encoder.encode(text)),
    end: () => control?.close(),
  };
}

/** CSV rows lib<from>…lib<to> as the server writes them. */
export const csvRows = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `lib${from + i},Library ${from + i},,cn-shanghai,landmark\r\n`,
  ).join('');
