import type { ErrorBody } from '@ice-console/shared/errors';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Language } from '../lib/i18n/i18n';
import { LoadError } from './load-error';

afterEach(() => vi.useRealTimers());

function renderError(error: ErrorBody['error'], language: Language = 'en') {
  const onRetry = vi.fn();
  render(
    <I18nProvider initial={language}>
      <LoadError error={error} onRetry={onRetry} />
    </I18nProvider>,
  );
  return { onRetry, panel: screen.getByRole('alert') };
}

const upstream = (code: string, extra: Partial<ErrorBody['error']> = {}): ErrorBody['error'] => ({
  code,
  message: `message of ${code}`,
  requestId: '9A2B-REQ',
  retryable: false,
  ...extra,
});

describe('LoadError', () => {
  it('when RAM forbids the call, then it shows the policy for the three read actions, the code and the RequestId, and no retry', () => {
    const { panel } = renderError(upstream('Forbidden.RAM'));
    expect(screen.getByRole('heading').textContent).toBe(
      'The AccessKey is not allowed to list recognition libraries',
    );
    const policy = JSON.parse(panel.querySelector('pre')?.textContent ?? '');
    expect(policy.Statement[0]).toEqual({
      Effect: 'Allow',
      Action: ['ice:ListRecognitionLibs', 'ice:ListRecognitionEntities', 'ice:ListRecognitionSamples'],
      Resource: '*',
    });
    expect(panel.textContent).toContain('Forbidden.RAM');
    expect(panel.textContent).toContain('9A2B-REQ');
    expect(screen.getByRole('button', { name: 'Copy RequestId' })).toBeTruthy();
    // Retrying cannot help until an administrator attaches the policy: the help says so instead.
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('when NoPermission comes back, then the same policy help is shown', () => {
    const { panel } = renderError(upstream('NoPermission'));
    expect(panel.querySelector('pre')?.textContent).toContain('ice:ListRecognitionLibs');
  });

  it.each([
    'InvalidAccessKeyId.NotFound',
    'InvalidAccessKeyId.Inactive',
    'SignatureDoesNotMatch',
    'CredentialsUnavailable',
  ])('when the credentials fail (%s), then it says how to configure them', (code) => {
    const { panel } = renderError(upstream(code));
    expect(panel.textContent).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
    expect(panel.textContent).toContain('restart the server');
    expect(panel.querySelector('pre')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('when the library is not there, then the recovery offered replaces a retry', () => {
    render(
      <I18nProvider initial="en">
        <LoadError error={upstream('LibraryNotFound')} onRetry={vi.fn()} recovery={<a href="/?x">Back</a>} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe('This library was not found');
    expect(screen.getByRole('link', { name: 'Back' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('when the copy button is pressed, then the RequestId is on the clipboard', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderError(upstream('InternalError'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy RequestId' }));
    expect(writeText).toHaveBeenCalledWith('9A2B-REQ');
    expect(screen.getByRole('button', { name: 'Copied RequestId' })).toBeTruthy();
  });

  it('when our own budget is exhausted, then it counts down, explains the 50 calls per second, and retries by itself', () => {
    vi.useFakeTimers();
    const { onRetry, panel } = renderError({
      code: 'BudgetExhausted',
      message: 'holding back',
      retryable: true,
      retryAfterSeconds: 3,
    });
    expect(panel.textContent).toContain('50 calls per second');
    expect(screen.getByText('Retrying in 3 s…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    act(() => vi.advanceTimersByTime(1100));
    expect(screen.getByText('Retrying in 2 s…')).toBeTruthy();
    expect(onRetry).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(2100));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('when the upstream timed out, then it says so and a retry is offered', async () => {
    const { onRetry } = renderError({ code: 'UpstreamTimeout', message: 'timed out', retryable: true });
    expect(screen.getByRole('heading').textContent).toBe('Alibaba Cloud took too long to answer');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('when the dashboard server cannot be reached, then it says to check the server, with no RequestId', () => {
    const { panel } = renderError({ code: 'ServerUnreachable', message: 'unreachable', retryable: true });
    expect(screen.getByRole('heading').textContent).toBe('The dashboard server cannot be reached');
    expect(panel.textContent).not.toContain('RequestId');
    // The server's English sentence would repeat the title; the localized help replaces it.
    expect(panel.textContent).not.toContain('unreachable');
  });

  it.each([
    ['Throttling.User', 'Alibaba Cloud is throttling this account'],
    ['UpstreamUnreachable', 'Alibaba Cloud could not be reached or answered badly'],
    ['UpstreamBadResponse', 'Alibaba Cloud could not be reached or answered badly'],
    ['ServiceUnavailable', 'Alibaba Cloud had a temporary failure'],
    ['InvalidQuery', 'The request was not valid'],
    ['SomethingNew', 'Something went wrong'],
  ])('when the code is %s, then the title is "%s" and the code is shown', (code, title) => {
    const { panel } = renderError(upstream(code));
    expect(screen.getByRole('heading').textContent).toBe(title);
    expect(panel.textContent).toContain(code);
  });

  it('when shown in Chinese, then the title and help are Chinese', () => {
    renderError(upstream('Forbidden.RAM'), 'zh');
    expect(screen.getByRole('heading').textContent).toBe('该 AccessKey 无权列出识别库');
    expect(screen.getByText(/需由阿里云账号管理员/)).toBeTruthy();
  });

  it('when the server’s English message comes in the Chinese UI, then the title is Chinese and the message only a detail', () => {
    const { panel } = renderError(
      upstream('UpstreamUnreachable', { message: 'Alibaba Cloud could not be reached.', retryable: true }),
      'zh',
    );
    expect(screen.getByRole('heading').textContent).toBe('无法连接阿里云或响应异常');
    const detail = screen.getByText('Alibaba Cloud could not be reached.');
    expect(detail.getAttribute('lang')).toBe('en');
    expect(detail.previousElementSibling?.textContent).toBe('服务器原文');
    expect(panel.querySelector('h2')?.textContent).not.toContain('Alibaba');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('when Alibaba Cloud could not be reached, then the cause is said in words with the endpoint, and nothing else leaks', () => {
    const { panel } = renderError({
      code: 'UpstreamUnreachable',
      message:
        'Alibaba Cloud at ice.cn-shanghai.aliyuncs.com:443 could not be reached: its name does not resolve (DNS) (ENOTFOUND).',
      retryable: true,
      cause: 'dns',
      host: 'ice.cn-shanghai.aliyuncs.com:443',
    });
    const facts = [...panel.querySelectorAll('dt')].map((term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ]);
    expect(facts).toContainEqual([
      'Cause',
      'The endpoint’s name does not resolve (DNS). Check the server’s DNS and the ICE endpoint settings.',
    ]);
    expect(facts).toContainEqual(['Endpoint', 'ice.cn-shanghai.aliyuncs.com:443']);
    expect(panel.textContent).not.toMatch(/\n\s+at |stack/i);
  });

  it.each([
    ['refused', '拒绝连接'],
    ['timeout', '未在规定时间内响应'],
    ['tls', '安全连接（TLS）失败'],
  ] as const)('when the cause is %s in the Chinese UI, then it is said in Chinese', (cause, words) => {
    const { panel } = renderError(
      { code: 'UpstreamUnreachable', message: 'x', retryable: true, cause, host: '127.0.0.1:9' },
      'zh',
    );
    expect(panel.querySelector('.error-cause')?.textContent).toContain(words);
  });

  it('when the server names a cause this page does not know, then no empty cause line is shown', () => {
    const error = { code: 'UpstreamUnreachable', message: 'x', retryable: true, cause: 'quantum' };
    const { panel } = renderError(error as unknown as ErrorBody['error']);
    expect(panel.querySelector('.error-cause')).toBeNull();
    expect(panel.textContent).not.toContain('Cause');
  });
});
