import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Language } from '../lib/i18n/i18n';
import { CopyButton } from './copy-button';

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

function setExecCommand(value: unknown) {
  Object.defineProperty(document, 'execCommand', { value, configurable: true, writable: true });
}

function renderButton(language: Language = 'en') {
  render(
    <I18nProvider initial={language}>
      <CopyButton text="LIB-42" what="LibId" />
    </I18nProvider>,
  );
}

afterEach(() => {
  setClipboard(undefined);
  setExecCommand(undefined);
});

describe('CopyButton', () => {
  it('when the page is not a secure context (no clipboard API), then it copies through a hidden text area', async () => {
    setClipboard(undefined);
    let selected = '';
    const execCommand = vi.fn((command: string) => {
      selected = document.activeElement instanceof HTMLTextAreaElement ? document.activeElement.value : '';
      return command === 'copy';
    });
    setExecCommand(execCommand);
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Copy LibId' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toBe('LIB-42');
    expect(document.querySelector('textarea')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copied LibId' })).toBeTruthy();
  });

  it('when the clipboard API refuses, then the fallback is tried', async () => {
    setClipboard({ writeText: vi.fn(async () => Promise.reject(new Error('denied'))) });
    const execCommand = vi.fn(() => true);
    setExecCommand(execCommand);
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Copy LibId' }));
    expect(execCommand).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Copied LibId' })).toBeTruthy();
  });

  it('when copying is impossible, then it says so and how to copy by hand, in the user’s language', async () => {
    setClipboard(undefined);
    setExecCommand(vi.fn(() => false));
    renderButton('zh');
    await userEvent.click(screen.getByRole('button', { name: '复制 LibId' }));
    expect(screen.getByRole('button', { name: '请手动复制 LibId' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Ctrl+C');
  });
});
