/**
 * The panel "Export all (N)" opens: every row of the view as one file, streamed from the BFF, with the rows so far
 * of N from the stream and Cancel. It runs beside the page, which stays usable; closing it or leaving the page
 * cancels it.
 */
import type { ErrorBody } from '@ice-console/shared/errors';
import { EXPORT_ROW_CAP } from '@ice-console/shared/export-limits';
import { useEffect, useRef, useState } from 'react';
import { toErrorBody } from '../../../lib/api-client';
import { errorKind } from '../../../lib/error-kind';
import { useErrorTexts } from '../../../lib/i18n/use-error-texts';
import { download } from '../export/save-file';
import { streamExport } from './stream-export';
import { type ExportChoice, exportUrlOf, type ToolsView } from './tools-view';
import { useToolsTexts } from './use-tools-texts';

type ExportableView = Exclude<ToolsView, { kind: 'samples' }>;

type State =
  | { phase: 'idle' }
  | { phase: 'running'; rows: number; total: number }
  | { phase: 'done'; rows: number; fileName: string; capped: boolean }
  | { phase: 'incomplete'; reason: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: ErrorBody['error'] };

const CHOICES: ExportChoice[] = ['excelCsv', 'csv', 'json'];

export function ExportAll({ view, onClose }: { view: ExportableView; onClose: () => void }) {
  const errors = useErrorTexts();
  const texts = useToolsTexts().exportAll;
  const [choice, setChoice] = useState<ExportChoice>('excelCsv');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  // Leaving the page stops the export, and with it the BFF's calls upstream.
  useEffect(() => () => running.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    running.current = controller;
    setState({ phase: 'running', rows: 0, total: Math.min(view.totalCount ?? 0, EXPORT_ROW_CAP) });
    try {
      const file = await streamExport(exportUrlOf(view, choice), controller.signal, (rows, total) =>
        setState({ phase: 'running', rows, total }),
      );
      download(file.blob, file.fileName, file.blob.type);
      setState(
        file.incomplete === undefined
          ? { phase: 'done', rows: file.rows, fileName: file.fileName, capped: file.capped }
          : { phase: 'incomplete', reason: file.incomplete },
      );
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      setState(
        controller.signal.aborted ? { phase: 'cancelled' } : { phase: 'failed', error: toErrorBody(error) },
      );
    } finally {
      running.current = undefined;
    }
  };

  return (
    <fieldset className="export export-all">
      <legend className="export-label">{texts.legend(view.totalCount ?? 0)}</legend>
      {state.phase === 'running' ? (
        <>
          <progress value={state.rows} max={Math.max(1, state.total)} aria-label={texts.progressLabel} />
          <span className="export-progress">{texts.progress(state.rows, state.total)}</span>
          <button type="button" onClick={() => running.current?.abort()}>
            {texts.cancel}
          </button>
        </>
      ) : (
        <>
          <select
            aria-label={texts.format}
            value={choice}
            onChange={(event) => setChoice(CHOICES.find((c) => c === event.target.value) ?? 'excelCsv')}
          >
            {CHOICES.map((c) => (
              <option key={c} value={c}>
                {texts.formats[c]}
              </option>
            ))}
          </select>
          <button type="button" className="primary" onClick={start} disabled={!view.totalCount}>
            {texts.start}
          </button>
          <button type="button" onClick={onClose}>
            {texts.close}
          </button>
        </>
      )}
      {state.phase === 'done' && (
        <p className="export-outcome" role="status">
          {texts.done(state.rows, state.fileName)} {state.capped && texts.capped(EXPORT_ROW_CAP)}
        </p>
      )}
      {state.phase === 'cancelled' && (
        <p className="export-outcome" role="status">
          {texts.cancelled}
        </p>
      )}
      {state.phase === 'incomplete' && (
        <p className="export-outcome field-error" role="alert">
          {texts.incomplete(state.reason)}
        </p>
      )}
      {state.phase === 'failed' && (
        <p className="export-outcome field-error" role="alert">
          {texts.failed} {errors[errorKind(state.error.code)].title} (<code>{state.error.code}</code>)
        </p>
      )}
    </fieldset>
  );
}
