/**
 * Downloads a full export through fetch, so the page can show its progress and cancel it: the body is read chunk by
 * chunk, rows counted as they arrive (row-counter.ts), the bytes kept as they came for the file. The last line says
 * whether the server stopped early (shared/src/export-limits.ts): then the file is saved anyway, and the caller
 * shows why.
 */

import type { ErrorBody } from '@ice-console/shared/errors';
import {
  EXPORT_ROW_CAP,
  EXPORT_TOTAL_HEADER,
  INCOMPLETE_MARKER,
  ROW_CAP_MARKER,
} from '@ice-console/shared/export-limits';
import { ApiRequestError } from '../../../lib/api-client';
import { csvRowCounter, jsonRowCounter } from './row-counter';

export interface ExportedFile {
  blob: Blob;
  fileName: string;
  rows: number;
  /** The reason the server gave for stopping early, if it did. */
  incomplete?: string;
  capped: boolean;
}

/** A refused export as our error: the BFF's error body, or a stand-in when it sent none (a proxy's page). */
async function refusal(response: Response): Promise<ApiRequestError> {
  const payload: unknown = await response.json().catch(() => undefined);
  const error =
    typeof payload === 'object' && payload !== null && 'error' in payload ? payload.error : undefined;
  const fallback = { code: `Http${response.status}`, message: `The server answered ${response.status}.` };
  return new ApiRequestError(response.status, {
    retryable: response.status >= 500,
    ...fallback,
    ...errorFields(error),
  });
}

function errorFields(error: unknown): Partial<ErrorBody['error']> {
  if (typeof error !== 'object' || error === null) return {};
  const { code, message, requestId } = error as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string') return {};
  return { code, message, ...(typeof requestId === 'string' ? { requestId } : {}) };
}

const fileNameOf = (disposition: string | null) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1];

/** The last line of the text, without its line break. */
const lastLine = (tail: string) => tail.trimEnd().split(/\r?\n/).at(-1) ?? '';

export async function streamExport(
  url: string,
  signal: AbortSignal,
  onProgress: (rows: number, total: number) => void,
): Promise<ExportedFile> {
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) throw await refusal(response);
  const json = (response.headers.get('Content-Type') ?? '').includes('json');
  const total = Math.min(Number(response.headers.get(EXPORT_TOTAL_HEADER) ?? 0), EXPORT_ROW_CAP);
  const counter = json ? jsonRowCounter() : csvRowCounter();
  const decoder = new TextDecoder();
  const parts: BlobPart[] = [];
  let counted = 0;
  let tail = '';
  onProgress(0, total);
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    parts.push(chunk.value);
    const text = decoder.decode(chunk.value, { stream: true });
    counted = counter.add(text);
    // Enough of the end to hold the last line, whatever the chunk sizes.
    tail = (tail + text).slice(-4096);
    onProgress(Math.min(counted, total), total);
  }
  const last = lastLine(tail);
  const incomplete = last.startsWith(INCOMPLETE_MARKER)
    ? last.slice(INCOMPLETE_MARKER.length).trim()
    : undefined;
  const capped = last.startsWith(ROW_CAP_MARKER) || /"capped":true\}$/.test(last);
  // A CSV's closing note is a record of its own; a JSON's is not a row line.
  const rows = !json && (incomplete !== undefined || capped) ? counted - 1 : counted;
  return {
    blob: new Blob(parts, { type: response.headers.get('Content-Type') ?? 'text/plain' }),
    fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? `export.${json ? 'json' : 'csv'}`,
    rows,
    ...(incomplete === undefined ? {} : { incomplete }),
    capped,
  };
}
