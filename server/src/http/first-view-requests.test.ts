import { describe, expect, it } from 'vitest';
import { type FirstViewContext, firstViewRequests } from './first-view-requests';

const signedIn: FirstViewContext = { basePath: '', defaultRegion: 'cn-beijing', signedIn: true };
const requests = (path: string, search: string, context = signedIn) =>
  firstViewRequests(path, new URLSearchParams(search), context);

describe('the first API requests of a page', () => {
  it('when the list is opened bare, then its page is the default view in the configured default region', () => {
    expect(requests('/', '')).toEqual([
      '/api/session',
      '/api/regions',
      '/api/libraries?region=cn-beijing&algorithm=landmark&pageNumber=1&pageSize=10',
    ]);
  });

  it('when the list URL names a view, then the page request is that view, in the order and form the app sends', () => {
    expect(
      requests('/', '?pageSize=50&libId=b2,a1&page=4&algorithm=logo&region=cn-shenzhen&prefetch=0')[2],
    ).toBe('/api/libraries?region=cn-shenzhen&algorithm=logo&pageNumber=4&pageSize=50&libId=b2%2Ca1');
  });

  it('when the list URL holds values the app corrects, then the page request is the corrected view', () => {
    expect(requests('/', '?region=mars&algorithm=x&page=0&pageSize=7&libId=a1+a1,bad!id')[2]).toBe(
      '/api/libraries?region=cn-beijing&algorithm=landmark&pageNumber=1&pageSize=10&libId=a1',
    );
    expect(requests('/', '?page=99999999&libId=')[2]).toBe(
      '/api/libraries?region=cn-beijing&algorithm=landmark&pageNumber=1&pageSize=10',
    );
  });

  it('when another page is opened, then only the session and regions are known ahead', () => {
    expect(requests('/libraries/abc', '?region=cn-beijing&algorithm=object')).toEqual([
      '/api/session',
      '/api/regions',
    ]);
  });

  it('when the browser is not signed in, then only the session is asked for (the data routes would refuse)', () => {
    expect(requests('/', '', { ...signedIn, signedIn: false })).toEqual(['/api/session']);
  });

  it('when the dashboard lives under a base path, then every request is under it', () => {
    expect(requests('/', '', { ...signedIn, basePath: '/ice' })).toEqual([
      '/ice/api/session',
      '/ice/api/regions',
      '/ice/api/libraries?region=cn-beijing&algorithm=landmark&pageNumber=1&pageSize=10',
    ]);
  });
});
