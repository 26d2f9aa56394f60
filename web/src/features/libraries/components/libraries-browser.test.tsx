import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakePage, json, libraryCalls, stubBff } from '../../../testing/fake-bff';
import { renderApp } from '../../../testing/render-app';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the libraries view and the URL', () => {
  it('when opened without a view in the URL, then the server default region is shown and written to the URL', async () => {
    const calls = stubBff({ defaultRegion: 'cn-beijing' });
    renderApp('/', 'en');
    expect(await screen.findByRole('cell', { name: 'Library 1' })).toBeTruthy();
    // Written once the rows are painted (use-url-view.ts).
    await waitFor(() =>
      expect(window.location.search).toBe('?region=cn-beijing&algorithm=landmark&page=1&pageSize=10'),
    );
    expect(libraryCalls(calls)[0]?.params.toString()).toBe(
      'region=cn-beijing&algorithm=landmark&pageNumber=1&pageSize=10',
    );
    expect(screen.getByText('1–10 of 180')).toBeTruthy();
  });

  it('when the URL has a page, size and search, then exactly that is asked for and shown', async () => {
    const calls = stubBff();
    renderApp('/?region=cn-shanghai&algorithm=logo&page=3&pageSize=20&libId=a1,b2', 'en');
    expect(await screen.findByRole('cell', { name: 'Library 41' })).toBeTruthy();
    expect(libraryCalls(calls)[0]?.params.get('libId')).toBe('a1,b2');
    expect(libraryCalls(calls)[0]?.params.get('pageNumber')).toBe('3');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Logo' }).checked).toBe(true);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Rows per page' }).value).toBe('20');
    expect(
      within(screen.getByRole('list', { name: 'LibIds searched for' })).getAllByRole('listitem'),
    ).toHaveLength(2);
  });

  it('when the URL has invalid values, then they are corrected in place with a visible notice', async () => {
    stubBff();
    renderApp('/?region=atlantis&page=zero', 'en');
    expect(
      await screen.findByText('The link had values this page cannot show, so they were corrected:'),
    ).toBeTruthy();
    expect(screen.getByText('region “atlantis” → cn-shanghai')).toBeTruthy();
    await waitFor(() =>
      expect(window.location.search).toBe('?region=cn-shanghai&algorithm=landmark&page=1&pageSize=10'),
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Logo' }));
    await waitFor(() => expect(screen.queryByText('region “atlantis” → cn-shanghai')).toBeNull());
  });

  it('when the user pages and changes the algorithm, then each step is a history entry and Back restores it', async () => {
    const user = userEvent.setup();
    stubBff();
    renderApp('/?region=cn-shanghai&algorithm=landmark&page=1&pageSize=10', 'en');
    await screen.findByRole('cell', { name: 'Library 1' });
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('cell', { name: 'Library 11' })).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
    await user.click(screen.getByRole('radio', { name: 'Object' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('algorithm')).toBe('object'));
    expect(new URLSearchParams(window.location.search).get('page')).toBe('1');
    window.history.back();
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('page')).toBe('2'));
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Landmark' }).checked).toBe(true),
    );
  });

  it('when the page is past the end, then it offers the last page', async () => {
    const user = userEvent.setup();
    stubBff();
    renderApp('/?page=99', 'en');
    expect(await screen.findByText('Page 99 is past the end: there are 18 pages.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Go to the last page' }));
    expect(await screen.findByRole('cell', { name: 'Library 180' })).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('page')).toBe('18');
  });

  it('when Refresh is pressed, then the request asks the BFF to skip its cache', async () => {
    const user = userEvent.setup();
    const calls = stubBff();
    renderApp('/?prefetch=0', 'en');
    await screen.findByRole('cell', { name: 'Library 1' });
    expect(libraryCalls(calls)).toHaveLength(1);
    expect(libraryCalls(calls)[0]?.headers.get('Cache-Control')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Refresh/ }));
    await waitFor(() => expect(libraryCalls(calls)).toHaveLength(2));
    expect(libraryCalls(calls)[1]?.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('when prefetch is on, then the next page is asked for before Next is pressed; with ?prefetch=0 it is not', async () => {
    const calls = stubBff();
    const { unmount } = renderApp('/', 'en');
    await waitFor(() =>
      expect(libraryCalls(calls).map((c) => c.params.get('pageNumber'))).toEqual(['1', '2']),
    );
    unmount();
    const quiet = stubBff();
    renderApp('/?prefetch=0', 'en');
    await screen.findByRole('cell', { name: 'Library 1' });
    expect(libraryCalls(quiet)).toHaveLength(1);
  });

  it('when a search matches only some IDs, then the page names the ones not found', async () => {
    const user = userEvent.setup();
    stubBff({
      libraries: (params) =>
        json({
          requestId: 'R',
          region: 'cn-shanghai',
          algorithm: 'landmark',
          pageNumber: 1,
          pageSize: 10,
          totalCount: params.get('libId') ? 1 : 180,
          libraries: [{ libId: 'known1', libName: 'Known', libDescription: '' }],
        }),
    });
    renderApp('/', 'en');
    await screen.findByRole('cell', { name: 'Known' });
    await user.type(screen.getByRole('searchbox', { name: 'Search by LibId' }), 'known1, missing2{Enter}');
    expect(await screen.findByText('Not found: missing2')).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('libId')).toBe('known1,missing2');
  });

  it('when a region has no libraries, then the empty state names the algorithm and region', async () => {
    stubBff({ libraries: (params) => json({ ...fakeEmpty(params) }) });
    renderApp('/?region=cn-shanghai&algorithm=face', 'en');
    expect(await screen.findByText('No face libraries in China (Shanghai)')).toBeTruthy();
  });
});

describe('counts in the user’s language', () => {
  it.each([
    ['en', 'Libraries (1,234)', '1,231–1,234 of 1,234', 'of 124'],
    ['zh', '识别库（1,234）', '第 1,231–1,234 条，共 1,234 条', '共 124 页'],
  ] as const)(
    'when a list has 1234 libraries (%s), then counts and row numbers have separators',
    async (language, title, range, pages) => {
      stubBff({ libraries: (params) => json(fakePage(params, 1234)) });
      renderApp('/?page=124', language);
      expect(await screen.findByRole('heading', { name: title })).toBeTruthy();
      expect(screen.getByText(range)).toBeTruthy();
      expect(screen.getByText(pages)).toBeTruthy();
      expect(screen.getByRole('cell', { name: '1,231' }).className).toBe('col-number');
    },
  );
});

function fakeEmpty(params: URLSearchParams) {
  return {
    requestId: 'R',
    region: params.get('region'),
    algorithm: params.get('algorithm'),
    pageNumber: 1,
    pageSize: 10,
    totalCount: 0,
    libraries: [],
  };
}
