import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakePage, json, stubBff } from '../../../testing/fake-bff';
import { fakeCell } from '../../../testing/fake-tools';
import { renderApp } from '../../../testing/render-app';

afterEach(() => window.history.replaceState(null, '', '/'));

const overviewCalls = (calls: ReturnType<typeof stubBff>) => calls.filter((c) => c.path === '/api/overview');

describe('the overview', () => {
  it('when cells answer one by one, then each shows as it arrives while a slow one is still loading', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    stubBff({
      overview: async (params) => {
        if (params.get('region') === 'cn-shenzhen' && params.get('algorithm') === 'label') await held;
        return json({ cells: [fakeCell(params, { 'cn-beijing/object': 1234, 'cn-shanghai/face': 0 })] });
      },
    });
    try {
      renderApp('/overview', 'en');
      expect(
        await screen.findByRole('link', { name: '1,234 object libraries in China (Beijing)' }),
      ).toBeTruthy();
      expect(await screen.findByRole('link', { name: 'No face libraries in China (Shanghai)' })).toBeTruthy();
      await waitFor(() =>
        expect(screen.getAllByRole('link', { name: /libraries in China/ })).toHaveLength(19),
      );
      expect(screen.getByRole('img', { name: 'Loading…' })).toBeTruthy();
    } finally {
      release();
    }
    expect(await screen.findByRole('link', { name: '7 label libraries in China (Shenzhen)' })).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'Loading…' })).toBeNull();
  });

  it('when a view cannot be read, then its cell shows the code and still leads to that list', async () => {
    const user = userEvent.setup();
    stubBff({
      overview: (params) =>
        params.get('region') === 'cn-hangzhou' && params.get('algorithm') === 'logo'
          ? json({
              cells: [
                {
                  region: 'cn-hangzhou',
                  algorithm: 'logo',
                  totalCount: null,
                  error: { code: 'Forbidden.RAM', message: 'denied' },
                },
              ],
            })
          : json({ cells: [fakeCell(params)] }),
    });
    renderApp('/overview', 'en');
    const failed = await screen.findByRole('link', {
      name: 'logo libraries in China (Hangzhou) could not be counted: The AccessKey is not allowed to list recognition libraries (Forbidden.RAM)',
    });
    expect(within(failed).getByText('Forbidden.RAM')).toBeTruthy();
    await user.click(failed);
    expect(await screen.findByRole('cell', { name: 'Library 1' })).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('region')).toBe('cn-hangzhou');
    expect(new URLSearchParams(window.location.search).get('algorithm')).toBe('logo');
  });

  it('when Refresh is pressed, then all 20 cells are asked again past the BFF cache', async () => {
    const user = userEvent.setup();
    const calls = stubBff();
    renderApp('/overview', 'en');
    await waitFor(() => expect(screen.getAllByRole('link', { name: /7 .* libraries in/ })).toHaveLength(20));
    expect(overviewCalls(calls)).toHaveLength(20);
    expect(overviewCalls(calls).every((call) => call.headers.get('Cache-Control') === null)).toBe(true);
    await user.click(screen.getByRole('button', { name: /Refresh/ }));
    await waitFor(() => expect(overviewCalls(calls)).toHaveLength(40));
    expect(
      overviewCalls(calls)
        .slice(20)
        .every((call) => call.headers.get('Cache-Control') === 'no-cache'),
    ).toBe(true);
  });

  it('when the header link is followed from the list, then the overview opens', async () => {
    const user = userEvent.setup();
    stubBff();
    renderApp('/?region=cn-shanghai&algorithm=landmark', 'en');
    await screen.findByRole('cell', { name: 'Library 1' });
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    expect(await screen.findByRole('heading', { name: 'Where your libraries are' })).toBeTruthy();
    expect(window.location.pathname).toBe('/overview');
  });
});

describe('where a first visit lands', () => {
  const emptyEverywhere = { libraries: (params: URLSearchParams) => json(fakePage(params, 0)) };

  it('when the bare address is opened and the default view is empty, then the overview opens instead', async () => {
    stubBff(emptyEverywhere);
    renderApp('/', 'en');
    expect(await screen.findByRole('heading', { name: 'Where your libraries are' })).toBeTruthy();
    expect(window.location.pathname).toBe('/overview');
  });

  it('when the address names an empty view, then the empty list stays', async () => {
    stubBff(emptyEverywhere);
    renderApp('/?region=cn-shanghai&algorithm=face', 'en');
    expect(await screen.findByText('No face libraries in China (Shanghai)')).toBeTruthy();
    expect(window.location.pathname).toBe('/');
  });
});
