import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, type RecordedCall, stubBff } from '../../../testing/fake-bff';
import { csvRows, type StreamedFile, streamedFile } from '../../../testing/fake-tools';
import { renderApp } from '../../../testing/render-app';

const HEADER = 'LibId,LibName,LibDescription,Region,Algorithm\r\n';
let saved: Blob[] = [];

beforeEach(() => {
  saved = [];
  // jsdom has no blob URLs; what would be saved is kept here instead.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return 'blob:export';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** jsdom's Blob has no text(); its FileReader reads the bytes, decoded here keeping a BOM. */
function readText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer
        ? resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result))
        : reject(new Error('not bytes'));
    reader.onerror = () => reject(reader.error);
    if (blob) reader.readAsArrayBuffer(blob);
    else reject(new Error('nothing saved'));
  });
}

/** The list with a streamed export the test feeds; resolves once the user has started it. */
async function startExport() {
  const user = userEvent.setup();
  const exports: Array<{ call: RecordedCall; file: StreamedFile }> = [];
  const calls = stubBff({
    exportFile: (_params, call) => {
      const file = streamedFile(call, 180);
      exports.push({ call, file });
      return file.response;
    },
  });
  renderApp('/?region=cn-shanghai&algorithm=landmark', 'en');
  await user.click(await screen.findByRole('button', { name: 'Export all (180)' }));
  await user.click(await screen.findByRole('button', { name: 'Start the export' }));
  await waitFor(() => expect(exports).toHaveLength(1));
  const [started] = exports;
  if (!started) throw new Error('no export started');
  return { user, calls, ...started };
}

describe('Export all', () => {
  it('when the stream arrives, then progress counts its rows of N, the page stays usable, and the file is saved', async () => {
    const { user, call, file } = await startExport();
    expect(call.path).toBe('/api/libraries/export');
    expect(call.params.toString()).toBe('region=cn-shanghai&algorithm=landmark&format=csv&bom=1');
    file.push(`\uFEFF${HEADER}${csvRows(1, 50)}`);
    expect(await screen.findByText('Exporting… 50 of 180 rows')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Rows exported so far' }).getAttribute('value')).toBe(
      '50',
    );
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('cell', { name: 'Library 11' })).toBeTruthy();
    expect(screen.getByText('Exporting… 50 of 180 rows')).toBeTruthy();
    file.push(csvRows(51, 180));
    file.end();
    expect(
      await screen.findByText('Saved 180 rows as recognition-libs_cn-shanghai_landmark_all_2026-01-02.csv.'),
    ).toBeTruthy();
    expect(saved).toHaveLength(1);
    const text = await readText(saved[0]);
    expect(text.split('\r\n')).toHaveLength(1 + 180 + 1);
    expect(text.startsWith(`\uFEFF${HEADER}lib1,`)).toBe(true);
  });

  it('when Cancel is pressed, then the stream is dropped and nothing is saved', async () => {
    const { user, call, file } = await startExport();
    file.push(`${HEADER}${csvRows(1, 50)}`);
    await screen.findByText('Exporting… 50 of 180 rows');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('The export was cancelled; nothing was saved.')).toBeTruthy();
    expect(call.signal?.aborted).toBe(true);
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Start the export' })).toBeTruthy();
  });

  it('when the server ends the file early, then it is saved and the reason is shown', async () => {
    const { file } = await startExport();
    file.push(`${HEADER}${csvRows(1, 50)}`);
    file.push('# INCOMPLETE EXPORT: stopped after 50 of 180 rows: InternalError: The service failed.\r\n');
    file.end();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('stopped after 50 of 180 rows: InternalError: The service failed.');
    expect(saved).toHaveLength(1);
  });

  it('when the export cannot start, then the refusal is worded from its code', async () => {
    const user = userEvent.setup();
    stubBff({
      exportFile: () =>
        json(
          { error: { code: 'BudgetExhausted', message: 'busy', retryable: true, retryAfterSeconds: 1 } },
          429,
        ),
    });
    renderApp('/?region=cn-shanghai&algorithm=landmark', 'en');
    await user.click(await screen.findByRole('button', { name: 'Export all (180)' }));
    await user.click(await screen.findByRole('button', { name: 'Start the export' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The export could not start. Holding back to protect your account');
    expect(alert.textContent).toContain('BudgetExhausted');
  });
});
