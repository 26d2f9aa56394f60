import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_SESSION, json, stubBff, writeAnswer, writesAmong } from '../../../testing/fake-bff';
import { renderApp } from '../../../testing/render-app';
import { loadLibraryPage } from '../pages';

const LIST_URL = '/?region=cn-shanghai&algorithm=landmark';
const LIBRARY_URL = '/libraries/lib_7?region=cn-shanghai&algorithm=landmark';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// The lazy chunks compiled once before the tests: a first import is slow under load, and not what is tested here.
beforeAll(async () => {
  await Promise.all([loadLibraryPage(), import('./list-actions'), import('./library-actions')]);
});
afterEach(() => window.history.replaceState(null, '', '/'));

async function openNewLibrary() {
  const user = userEvent.setup();
  renderApp(LIST_URL, 'en');
  await user.click(await screen.findByRole('button', { name: 'New library' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'New library' }) };
}

describe('New library', () => {
  it('when Chinese is typed, then the counter counts three bytes a character, and past the limit nothing is sent', async () => {
    const calls = stubBff({ session: EDITOR_SESSION });
    const { user, dialog } = await openNewLibrary();
    const name = within(dialog).getByLabelText('Name');
    await user.type(name, '巴黎铁塔');
    expect(within(dialog).getByText('12 / 64 bytes')).toBeTruthy();
    fireEvent.change(name, { target: { value: '巴'.repeat(22) } });
    expect(within(dialog).getByText('66 / 64 bytes')).toBeTruthy();
    expect(within(dialog).getByText('Too long: at most 64 bytes.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Create library' }));
    expect(writesAmong(calls)).toHaveLength(0);
  });

  it('when created, then one POST carries the body and an Idempotency-Key, and the new library opens', async () => {
    const calls = stubBff({ session: EDITOR_SESSION });
    const { user, dialog } = await openNewLibrary();
    await user.type(within(dialog).getByLabelText('Name'), 'Towers');
    await user.type(within(dialog).getByLabelText('Description (optional)'), '塔');
    await user.click(within(dialog).getByRole('button', { name: 'Create library' }));
    await waitFor(() => expect(window.location.pathname).toBe('/libraries/newlib'));
    const [call] = writesAmong(calls);
    expect(call?.method).toBe('POST');
    expect(call?.body).toEqual({
      region: 'cn-shanghai',
      algorithm: 'landmark',
      libName: 'Towers',
      libDescription: '塔',
    });
    expect(call?.headers.get('Idempotency-Key')).toMatch(UUID);
  });

  it('when the button is clicked twice, then one write is sent', async () => {
    let answer: (response: Response) => void = () => {};
    const calls = stubBff({
      session: EDITOR_SESSION,
      write: () => new Promise((resolve) => (answer = resolve)),
    });
    const { user, dialog } = await openNewLibrary();
    await user.type(within(dialog).getByLabelText('Name'), 'Towers');
    const submit = within(dialog).getByRole('button', { name: 'Create library' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(await within(dialog).findByRole('button', { name: 'Creating…' })).toHaveProperty('disabled', true);
    expect(writesAmong(calls)).toHaveLength(1);
    answer(json({ requestId: 'R', libId: 'newlib' }, 201));
    await waitFor(() => expect(window.location.pathname).toBe('/libraries/newlib'));
  });

  it('when a write fails, then the input stays, a retry reuses the key, and changed input gets a new one', async () => {
    let failures = 2;
    const calls = stubBff({
      session: EDITOR_SESSION,
      write: (_, call) =>
        failures-- > 0
          ? json({ error: { code: 'UpstreamUnreachable', message: 'down', retryable: true } }, 502)
          : writeAnswer(call),
    });
    const { user, dialog } = await openNewLibrary();
    const name = within(dialog).getByLabelText('Name');
    await user.type(name, 'Towers');
    await user.click(within(dialog).getByRole('button', { name: 'Create library' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(name).toHaveProperty('value', 'Towers');
    await user.click(within(dialog).getByRole('button', { name: 'Create library' }));
    await waitFor(() => expect(writesAmong(calls)).toHaveLength(2));
    await user.type(name, '!');
    await user.click(within(dialog).getByRole('button', { name: 'Create library' }));
    await waitFor(() => expect(window.location.pathname).toBe('/libraries/newlib'));
    const keys = writesAmong(calls).map((call) => call.headers.get('Idempotency-Key'));
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[1]);
  });

  it('when the outcome is unknown, then it says so and leads to the list to check, without retrying', async () => {
    const calls = stubBff({
      session: EDITOR_SESSION,
      write: () => json({ error: { code: 'OutcomeUnknown', message: 'timeout', retryable: false } }, 504),
    });
    const { user, dialog } = await openNewLibrary();
    await user.type(within(dialog).getByLabelText('Name'), 'Towers');
    await user.click(within(dialog).getByRole('button', { name: 'Create library' }));
    expect(await within(dialog).findByRole('heading', { name: 'The outcome is unknown' })).toBeTruthy();
    expect(writesAmong(calls)).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Close and check the list' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('link', { name: 'Library 1' })).toBeTruthy();
  });
});

describe('Add entity', () => {
  it('when EntityInfo is not JSON, then it says why and sends nothing; fixed, it is sent as typed', async () => {
    const user = userEvent.setup();
    const calls = stubBff({ session: EDITOR_SESSION });
    renderApp(LIBRARY_URL, 'en');
    await user.click(await screen.findByRole('button', { name: 'Add entity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an entity' });
    await user.type(within(dialog).getByLabelText('Entity name'), '铁塔');
    const info = within(dialog).getByLabelText('EntityInfo (optional JSON)');
    fireEvent.change(info, { target: { value: '{"description": ' } });
    expect(within(dialog).getByText(/^Not valid JSON: /)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Add entity' }));
    expect(writesAmong(calls)).toHaveLength(0);
    fireEvent.change(info, { target: { value: '{"description": "塔"}' } });
    expect(within(dialog).getByText('Valid JSON.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Add entity' }));
    expect(await screen.findByText('Entity “铁塔” added.')).toBeTruthy();
    const [call] = writesAmong(calls);
    expect(call?.path).toBe('/api/libraries/lib_7/entities');
    expect(call?.body).toEqual({
      region: 'cn-shanghai',
      algorithm: 'landmark',
      entityName: '铁塔',
      entityInfo: '{"description": "塔"}',
    });
    expect(screen.getByRole('link', { name: 'Open it' }).getAttribute('href')).toBe(
      '/libraries/lib_7/entities/newent?region=cn-shanghai&algorithm=landmark',
    );
  });

  it('when RAM forbids the write, then the exact statement for this action is shown', async () => {
    const user = userEvent.setup();
    stubBff({
      session: EDITOR_SESSION,
      write: () => json({ error: { code: 'Forbidden.RAM', message: 'denied', retryable: false } }, 403),
    });
    renderApp(LIBRARY_URL, 'en');
    await user.click(await screen.findByRole('button', { name: 'Add entity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an entity' });
    await user.type(within(dialog).getByLabelText('Entity name'), 'Tower');
    await user.click(within(dialog).getByRole('button', { name: 'Add entity' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.querySelector('code')?.textContent).toContain('"ice:CreateRecognitionEntity"');
    expect(within(dialog).getByLabelText('Entity name')).toHaveProperty('value', 'Tower');
  });
});
