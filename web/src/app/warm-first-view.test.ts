import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLibrariesQueryOptions } from '../features/libraries/api/get-libraries';
import { libraryCalls, stubBff } from '../testing/fake-bff';
import { createQueryClient } from './providers';
import { warmFirstView } from './warm-first-view';

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
