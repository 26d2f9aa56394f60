import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callsTo, fakeEntities, json, stubBff } from '../../../testing/fake-bff';
import { renderApp } from '../../../testing/render-app';
import { loadEntityPage, loadLibraryPage } from '../pages';

// The lazy pages compiled once before the tests: a first import is slow under load, and not what is tested here.
beforeAll(async () => {
  await Promise.all([loadLibraryPage(), loadEntityPage()]);
});

afterEach(() => window.history.replaceState(null, '', '/'));

const LIBRARY_URL = '/libraries/lib_7?region=cn-shanghai&algorithm=landmark';

describe('from the list to a library and back', () => {
  it('when a library’s name is clicked, then its page opens, and Back returns to the same page of the list', async () => {
    const user = userEvent.setup();
    stubBff();
    renderApp('/?region=cn-shanghai&algorithm=landmark&page=2&pageSize=10', 'en');
    const link = await screen.findByRole('link', { name: 'Library 11' });
    expect(link.getAttribute('href')).toBe('/libraries/lib11?region=cn-shanghai&algorithm=landmark');
    await user.click(link);
    expect(await screen.findByRole('heading', { name: 'Library lib11' })).toBeTruthy();
    expect(window.location.pathname).toBe('/libraries/lib11');
    expect(screen.getByText('About lib11')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy LibId' })).toBeTruthy();
    // The breadcrumb leads back exactly where the user was.
    const crumbs = screen.getByRole('navigation', { name: 'You are here' });
    expect(within(crumbs).getByRole('link', { name: 'Libraries' }).getAttribute('href')).toBe(
      '/?region=cn-shanghai&algorithm=landmark&page=2&pageSize=10',
    );
    window.history.back();
    expect(await screen.findByRole('link', { name: 'Library 11' })).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
  });

  it('when the name is clicked with Ctrl (a new tab), then this page stays where it is', async () => {
    stubBff();
    renderApp('/', 'en');
    const link = await screen.findByRole('link', { name: 'Library 1' });
    fireEvent.click(link, { ctrlKey: true });
    expect(window.location.pathname).toBe('/');
  });
});

describe('the library page', () => {
  it('when opened by a link, then the entities are paged like the list, with EntityInfo readable and the URL holding the page', async () => {
    const user = userEvent.setup();
    const calls = stubBff();
    renderApp(LIBRARY_URL, 'en');
    expect(await screen.findByRole('heading', { name: 'Entities (25)' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Entities of Library lib_7' });
    expect(within(table).getByRole('cell', { name: 'Described 1' })).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'Entity 1' }).getAttribute('href')).toBe(
      '/libraries/lib_7/entities/ent1?region=cn-shanghai&algorithm=landmark',
    );
    expect(screen.getByText('1–10 of 25')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('cell', { name: 'Entity 11' })).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
    // Page 2 was prefetched before Next, and page 3 after it.
    expect(callsTo(calls, 'entities').map((c) => c.params.get('pageNumber'))).toEqual(['1', '2', '3']);
  });

  it('when EntityInfo has no description or is not JSON, then the JSON or the text shows, never as markup', async () => {
    stubBff({
      entities: (libId, params) =>
        json({
          ...fakeEntities(libId, params, 2),
          entities: [
            { entityId: 'a', entityName: '<b>bold</b>', entityInfo: '{"city":"巴黎"}' },
            { entityId: 'b', entityName: 'Plain', entityInfo: '<img src=x onerror=alert(1)>' },
          ],
        }),
    });
    renderApp(LIBRARY_URL, 'en');
    expect(await screen.findByRole('link', { name: '<b>bold</b>' })).toBeTruthy();
    expect(screen.getByText('{"city":"巴黎"}')).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByRole('table').querySelector('img, b')).toBeNull();
  });

  it('when the library has no entities, then it says so', async () => {
    stubBff({ entities: (libId, params) => json(fakeEntities(libId, params, 0)) });
    renderApp(LIBRARY_URL, 'en');
    expect(await screen.findByText('This library has no entities yet.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Entities (0)' })).toBeTruthy();
  });

  it('when the library does not exist, then the error is worded from its code and leads back to the list, without a retry', async () => {
    stubBff({
      library: () =>
        json({ error: { code: 'LibraryNotFound', message: 'No library lib_7.', retryable: false } }, 404),
    });
    renderApp(LIBRARY_URL, 'zh');
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByRole('heading').textContent).toBe('未找到该识别库');
    expect(within(panel).getByRole('link', { name: '前往识别库列表' }).getAttribute('href')).toBe(
      '/?region=cn-shanghai&algorithm=landmark',
    );
    expect(within(panel).queryByRole('button', { name: '重试' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('when the link’s LibId cannot be one, then it says so and asks the server nothing', async () => {
    const calls = stubBff();
    renderApp('/libraries/bad%20id!', 'en');
    expect(await screen.findByText(/does not name a library or entity/)).toBeTruthy();
    expect(calls.filter((call) => call.path.startsWith('/api/libraries/'))).toHaveLength(0);
  });

  it('when samples are searched by entity name, then the service is asked by name and the name goes in the URL', async () => {
    const user = userEvent.setup();
    const calls = stubBff();
    renderApp(LIBRARY_URL, 'en');
    await screen.findByRole('cell', { name: 'Entity 1' });
    await user.type(
      screen.getByRole('searchbox', { name: 'Find samples by entity name' }),
      '巴黎 铁塔{Enter}',
    );
    expect(
      await screen.findByRole('heading', { name: 'Samples of entities named “巴黎 铁塔”' }),
    ).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('entityName')).toBe('巴黎 铁塔');
    const call = callsTo(calls, 'samples')[0];
    expect(call?.params.get('entityName')).toBe('巴黎 铁塔');
    expect(call?.params.has('entityId')).toBe(false);
    expect(await screen.findAllByRole('button', { name: /^Sample smp\d+: open at full size$/ })).toHaveLength(
      10,
    );
    await user.click(screen.getByRole('button', { name: 'Show the entities' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).has('entityName')).toBe(false));
    expect(await screen.findByRole('cell', { name: 'Entity 1' })).toBeTruthy();
  });
});
