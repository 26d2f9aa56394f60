import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLibrariesQueryOptions } from '../features/libraries/api/get-libraries';
import { fakePage, json, libraryCalls, stubBff } from '../testing/fake-bff';
import { createQueryClient } from './providers';
import { FIRST_VIEW_WAIT_MS, settledWithin, warmFirstView } from './warm-first-view';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the first page asked for before the first render', () => {
  it('when the list is opened, then its page is in the cache under the key the list reads, corrections applied', async () => {
    window.history.replaceState(null, '', '/?algorithm=logo&page=2&pageSize=7');
    const calls = stubBff({ defaultRegion: 'cn-beijing' });
    const client = createQueryClient();
    await warmFirstView(client);
    expect(calls.map((call) => call.path)).toEqual(['/api/session', '/api/regions', '/api/libraries']);
    const key = getLibrariesQueryOptions({
      region: 'cn-beijing',
      algorithm: 'logo',
      pageNumber: 2,
      pageSize: 10,
    }).queryKey;
    expect(client.getQueryData(key)).toMatchObject({ pageNumber: 2, pageSize: 10 });
  });

  it('when sign-in is needed, then nothing but the session is asked for', async () => {
    const calls = stubBff({ session: { signInRequired: true, signedIn: false, mode: 'cloud' } });
    await warmFirstView(createQueryClient());
    expect(calls.map((call) => call.path)).toEqual(['/api/session']);
  });

  it('when another page is opened, then no list page is asked for', async () => {
    window.history.replaceState(null, '', '/libraries/abc?region=cn-beijing&algorithm=object');
    const calls = stubBff();
    await warmFirstView(createQueryClient());
    expect(libraryCalls(calls)).toEqual([]);
  });
});

describe('the first render waits for the first view only a moment', () => {
  afterEach(() => vi.useRealTimers());

  it('when the answers are in early, then it goes on at once, with the page in the cache', async () => {
    window.history.replaceState(null, '', '/');
    stubBff();
    const client = createQueryClient();
    await settledWithin(warmFirstView(client), 60_000);
    expect(client.getQueryCache().findAll({ queryKey: ['libraries'] })).toHaveLength(1);
  });

  it('when an answer is held, then it goes on after the wait, and a failure never stops it', async () => {
    vi.useFakeTimers();
    let finished = false;
    const held = settledWithin(new Promise(() => undefined), FIRST_VIEW_WAIT_MS).then(() => {
      finished = true;
    });
    await vi.advanceTimersByTimeAsync(FIRST_VIEW_WAIT_MS - 1);
    expect(finished).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await held;
    expect(finished).toBe(true);
    await expect(
      settledWithin(Promise.reject(new Error('refused')), FIRST_VIEW_WAIT_MS),
    ).resolves.toBeUndefined();
  });
});

describe('a first page that failed before the page mounted', () => {
  it('when the list then mounts on it, then the failure is shown without a second call, and Try again still asks', async () => {
    window.history.replaceState(null, '', '/');
    let answers = 0;
    const calls = stubBff({
      libraries: () => {
        answers += 1;
        return answers === 1
          ? json({ error: { code: 'UpstreamTimeout', message: 'late', retryable: true } }, 504)
          : json(fakePage(new URLSearchParams('pageNumber=1&pageSize=10')));
      },
    });
    const client = createQueryClient();
    await warmFirstView(client);
    const options = getLibrariesQueryOptions({
      region: 'cn-shanghai',
      algorithm: 'landmark',
      pageNumber: 1,
      pageSize: 10,
    });
    const observer = new QueryObserver(client, options);
    const seen: string[] = [];
    const stop = observer.subscribe((result) => seen.push(result.status));
    expect(observer.getCurrentResult().status).toBe('error');
    expect(libraryCalls(calls)).toHaveLength(1);
    await observer.refetch();
    expect(libraryCalls(calls)).toHaveLength(2);
    expect(observer.getCurrentResult().status).toBe('success');
    stop();
  });
});
