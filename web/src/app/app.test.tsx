import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../lib/i18n/i18n';
import { json, libraryCalls, stubBff } from '../testing/fake-bff';
import { renderApp } from '../testing/render-app';

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('language', () => {
  it('when the browser prefers Chinese, then the page is in Chinese, and switching to English is remembered', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'en']);
    stubBff();
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'ICE 识别库' })).toBeTruthy();
    expect(await screen.findByRole('radio', { name: '地标' })).toBeTruthy();
    expect(await screen.findByText('第 1–10 条，共 180 条')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByRole('heading', { name: 'ICE recognition libraries' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('when a language was chosen before, then it wins over the browser preference', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh');
    stubBff();
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'ICE 识别库' })).toBeTruthy();
    expect(await screen.findByRole('combobox', { name: '地域' })).toBeTruthy();
  });
});

describe('mode and sign-in', () => {
  it('when the server runs the emulator, then a banner says the data is not real and how to connect an account', async () => {
    stubBff({ session: { signInRequired: false, signedIn: true, mode: 'emulator' } });
    renderApp('/', 'en');
    const banner = await screen.findByRole('complementary', { name: 'Demo mode' });
    expect(banner.textContent).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
  });

  it('when the server is connected to a real account, then there is no demo banner and no sign-out', async () => {
    stubBff({ session: { signInRequired: false, signedIn: true, mode: 'cloud' } });
    renderApp('/', 'en');
    await screen.findByRole('cell', { name: 'Library 1' });
    expect(screen.queryByRole('complementary', { name: 'Demo mode' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('when sign-in is on and the token is wrong, then it says so; with the right one the libraries show', async () => {
    let signedIn = false;
    const calls = stubBff({
      session: { signInRequired: true, signedIn: false, mode: 'cloud' },
      defaultRegion: 'cn-beijing',
    });
    const fetchStub = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (String(input) === '/api/regions' && !signedIn) {
        return json({ error: { code: 'SignInRequired', message: 'Sign in', retryable: false } }, 401);
      }
      if (String(input) === '/api/session' && init.method === 'POST') {
        const { token } = JSON.parse(String(init.body));
        if (token !== 'right-token-123456') {
          return json(
            { error: { code: 'InvalidToken', message: 'no', retryable: false, field: 'token' } },
            401,
          );
        }
        signedIn = true;
        return json({ signInRequired: true, signedIn: true, mode: 'cloud' });
      }
      return fetchStub(input, init);
    });
    renderApp('/', 'en');
    const field = await screen.findByLabelText('Access token');
    await userEvent.type(field, 'wrong{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('That token is not right.');
    expect(libraryCalls(calls)).toHaveLength(0);
    await userEvent.clear(field);
    await userEvent.type(field, 'right-token-123456{Enter}');
    expect(await screen.findByRole('cell', { name: 'Library 1' })).toBeTruthy();
    expect(signedIn).toBe(true);
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    // The server's default region, learnt once signed in, not the built-in one.
    expect(libraryCalls(calls).map((call) => call.params.get('region'))).toContain('cn-beijing');
    expect(libraryCalls(calls).map((call) => call.params.get('region'))).not.toContain('cn-shanghai');
  });

  it('when the user signs out, then the sign-in page comes back', async () => {
    const calls = stubBff({ session: { signInRequired: true, signedIn: true, mode: 'cloud' } });
    const fetchStub = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) =>
      String(input) === '/api/session' && init.method === 'DELETE'
        ? json({ signInRequired: true, signedIn: false, mode: 'cloud' })
        : fetchStub(input, init),
    );
    renderApp('/', 'en');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('Access token')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
    expect(libraryCalls(calls).length).toBeGreaterThan(0);
  });
});
