import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakePage, json, stubBff } from '../../../testing/fake-bff';
import { renderApp } from '../../../testing/render-app';

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  window.history.replaceState(null, '', '/');
});

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('the name filter', () => {
  it('when a name is typed, then only this page’s rows with it stay, numbered as on the page, and it says so', async () => {
    const user = userEvent.setup();
    const calls = stubBff();
    renderApp('/?region=cn-shanghai&algorithm=landmark&prefetch=0', 'en');
    await screen.findByRole('cell', { name: 'Library 1' });
    const filter = await screen.findByRole('searchbox', { name: 'Filter this page by name' });
    expect(screen.getByText('This page only: the service cannot search by name.')).toBeTruthy();
    await user.type(filter, 'library 1');
    expect(rowNames().map((cells) => [cells[0], cells[2]])).toEqual([
      ['1', 'Library 1'],
      ['10', 'Library 10'],
    ]);
    await user.type(filter, 'x');
    expect(await screen.findByText('No name on this page contains that.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    // Filtering asks the server nothing.
    expect(calls.filter((call) => call.path === '/api/libraries')).toHaveLength(1);
  });
});

describe('Show as code', () => {
  it('when opened on the list, then the CLI command and the Node snippet of this page can be copied', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    stubBff();
    renderApp('/?region=cn-beijing&algorithm=object&page=2&pageSize=20', 'en');
    await user.click(await screen.findByRole('button', { name: 'Show as code' }));
    const dialog = await screen.findByRole('dialog', { name: 'This view as code' });
    const command =
      'aliyun ice ListRecognitionLibs --region cn-beijing --Algorithm object --PageNumber 2 --PageSize 20';
    expect(within(dialog).getByText(command)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Copy aliyun CLI' }));
    expect(writeText).toHaveBeenCalledWith(command);
    await user.click(within(dialog).getByRole('button', { name: 'Copy Node.js (@alicloud/openapi-client)' }));
    expect(writeText).toHaveBeenLastCalledWith(
      expect.stringContaining("endpoint: 'ice.cn-beijing.aliyuncs.com'"),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('when opened on an entity page, then it is that entity’s ListRecognitionSamples call', async () => {
    const user = userEvent.setup();
    stubBff();
    renderApp('/libraries/L7/entities/E3?region=cn-shanghai&algorithm=landmark', 'en');
    await user.click(await screen.findByRole('button', { name: 'Show as code' }));
    const dialog = await screen.findByRole('dialog', { name: 'This view as code' });
    expect(
      within(dialog).getByText(
        'aliyun ice ListRecognitionSamples --region cn-shanghai --Algorithm landmark --LibId L7 --EntityId E3 --PageNumber 1 --PageSize 10',
      ),
    ).toBeTruthy();
  });
});

describe('Export all on a library page', () => {
  it('when the library’s entities are counted, then the button names them and starts their export', async () => {
    const user = userEvent.setup();
    const calls = stubBff({
      exportFile: () => json({ error: { code: 'InternalError', message: 'x', retryable: true } }, 500),
    });
    renderApp('/libraries/L7?region=cn-shanghai&algorithm=landmark', 'en');
    await user.click(await screen.findByRole('button', { name: 'Export all (25)' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format of the full export' }), 'JSON');
    await user.click(screen.getByRole('button', { name: 'Start the export' }));
    await screen.findByRole('alert');
    const exported = calls.find((call) => call.path.endsWith('/export'));
    expect(exported?.path).toBe('/api/libraries/L7/entities/export');
    expect(exported?.params.toString()).toBe('region=cn-shanghai&algorithm=landmark&format=json');
  });
});

describe('looking everywhere', () => {
  it('when a LibId search finds nothing here, then looking everywhere links straight to where it lives', async () => {
    const user = userEvent.setup();
    const calls = stubBff({
      libraries: (params) => json(fakePage(params, params.get('libId') ? 0 : 180)),
      find: () =>
        json({
          libraries: [
            { libId: 'x1', places: [{ region: 'cn-beijing', algorithm: 'object', libName: 'Found one' }] },
            { libId: 'y2', places: [] },
          ],
          unanswered: [
            { region: 'cn-shenzhen', algorithm: 'face', error: { code: 'InternalError', message: 'x' } },
          ],
        }),
    });
    renderApp('/?region=cn-shanghai&algorithm=landmark&libId=x1,y2', 'en');
    expect(await screen.findByText('No landmark libraries in China (Shanghai)')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Look in every region and algorithm' }));
    const found = await screen.findByRole('link', { name: 'Found one · object in China (Beijing)' });
    expect(found.getAttribute('href')).toBe('/libraries/x1?region=cn-beijing&algorithm=object');
    expect(screen.getByText(/in no region or algorithm/).closest('li')?.textContent).toBe(
      'y2: in no region or algorithm',
    );
    expect(
      screen.getByText(/Not searched, as these could not be read: face in China \(Shenzhen\)/),
    ).toBeTruthy();
    expect(calls.find((call) => call.path === '/api/find')?.params.get('libId')).toBe('x1,y2');
    await user.click(found);
    expect(await screen.findByRole('heading', { name: 'Library x1' })).toBeTruthy();
  });

  it('when every searched LibId is on screen, then nothing offers to look elsewhere', async () => {
    stubBff({ libraries: (params) => json(fakePage(params, params.get('libId') ? 1 : 180)) });
    renderApp('/?region=cn-shanghai&algorithm=landmark&libId=lib1', 'en');
    await screen.findByRole('cell', { name: 'Library 1' });
    await screen.findByRole('button', { name: 'Show as code' });
    expect(screen.queryByRole('button', { name: 'Look in every region and algorithm' })).toBeNull();
  });
});
