import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_SESSION, stubBff, writesAmong } from '../../../testing/fake-bff';
import { renderApp } from '../../../testing/render-app';
import { loadEntityPage, loadLibraryPage } from '../pages';

const LIST_URL = '/?region=cn-shanghai&algorithm=landmark';
const LIBRARY_URL = '/libraries/lib_7?region=cn-shanghai&algorithm=landmark';
const ENTITY_URL = '/libraries/lib_7/entities/ent1?region=cn-shanghai&algorithm=landmark';

beforeAll(async () => {
  await Promise.all([
    loadLibraryPage(),
    loadEntityPage(),
    import('./list-actions'),
    import('./library-actions'),
    import('./entity-actions'),
    import('./delete-sample-button'),
  ]);
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('deletes', () => {
  it('when a library is deleted, then its name must be typed first, and the list shows after', async () => {
    const user = userEvent.setup();
    const calls = stubBff({ session: EDITOR_SESSION });
    renderApp(LIBRARY_URL, 'en');
    await screen.findByRole('heading', { name: 'Library lib_7' });
    await user.click(await screen.findByRole('button', { name: 'Delete library' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the library “Library lib_7”?' });
    expect(within(dialog).getByText(/Its entities and all their samples are deleted with it/)).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm).toHaveProperty('disabled', true);
    const typed = within(dialog).getByLabelText('Type the library’s name, Library lib_7, to confirm');
    await user.type(typed, 'Library lib_');
    expect(confirm).toHaveProperty('disabled', true);
    await user.type(typed, '7');
    await user.click(confirm);
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    const [call] = writesAmong(calls);
    expect(call?.method).toBe('DELETE');
    expect(call?.path).toBe('/api/libraries/lib_7');
    expect(call?.params.toString()).toBe('region=cn-shanghai&algorithm=landmark');
    expect(call?.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('when a sample is deleted, then it asks once and the samples load again', async () => {
    const user = userEvent.setup();
    const calls = stubBff({ session: EDITOR_SESSION });
    renderApp(ENTITY_URL, 'en');
    await user.click(await screen.findByRole('button', { name: 'Delete sample smp1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the sample smp1?' });
    const before = calls.filter((call) => call.path.endsWith('/samples')).length;
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(writesAmong(calls).map((call) => `${call.method} ${call.path}`)).toEqual([
      'DELETE /api/libraries/lib_7/entities/ent1/samples/smp1',
    ]);
    await waitFor(() =>
      expect(calls.filter((call) => call.path.endsWith('/samples')).length).toBeGreaterThan(before),
    );
  });

  it('when an entity is deleted, then it asks once and its library shows after', async () => {
    const user = userEvent.setup();
    const calls = stubBff({ session: EDITOR_SESSION });
    renderApp(ENTITY_URL, 'en');
    await user.click(await screen.findByRole('button', { name: 'Delete entity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the entity “ent1”?' });
    // jsdom has no modal dialogs (Escape is the browser's; the e2e journey presses it): Cancel closes too.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(writesAmong(calls)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Delete entity' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(window.location.pathname).toBe('/libraries/lib_7'));
    expect(writesAmong(calls)[0]?.path).toBe('/api/libraries/lib_7/entities/ent1');
    expect(dialog.isConnected).toBe(false);
  });
});

describe('who sees write controls', () => {
  it('when writes are off, then there are none, only how an operator turns them on', async () => {
    stubBff({ session: { ...EDITOR_SESSION, writes: false } });
    renderApp(LIST_URL, 'en');
    expect(await screen.findByText(/starting the server with ICE_WRITES=on/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New library' })).toBeNull();
  });

  it('when the session is a viewer’s, then no page shows a write control', async () => {
    stubBff({ session: { ...EDITOR_SESSION, signInRequired: true, role: 'viewer' } });
    const { unmount } = renderApp(LIST_URL, 'en');
    await screen.findByRole('link', { name: 'Library 1' });
    unmount();
    renderApp(ENTITY_URL, 'en');
    await screen.findByRole('button', { name: 'Sample smp1: open at full size' });
    expect(screen.queryByRole('button', { name: /^(New library|Add sample|Delete)/ })).toBeNull();
    expect(screen.queryByText(/ICE_WRITES/)).toBeNull();
  });

  it('when the session is an editor’s, then the controls are there, in Chinese too', async () => {
    stubBff({ session: EDITOR_SESSION });
    renderApp(LIBRARY_URL, 'zh');
    expect(await screen.findByRole('button', { name: '添加实体' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '删除识别库' })).toBeTruthy();
  });
});
