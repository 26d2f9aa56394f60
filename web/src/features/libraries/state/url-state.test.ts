import { describe, expect, it } from 'vitest';
import { type LibrariesView, parseView, viewToSearch } from './url-state';

const ID_A = 'a'.repeat(32);
const ID_B = 'b1_-B';

describe('parseView', () => {
  it('when the URL is empty, then the view is the default region, landmark, page 1 of 10, no search', () => {
    expect(parseView('', 'cn-hangzhou')).toEqual({
      view: { region: 'cn-hangzhou', algorithm: 'landmark', page: 1, pageSize: 10, libIds: [] },
      corrections: [],
    });
  });

  it('when every value is valid, then it is read as is', () => {
    const { view, corrections } = parseView(
      `?region=cn-beijing&algorithm=logo&page=3&pageSize=50&libId=${ID_A},${ID_B}`,
      'cn-shanghai',
    );
    expect(view).toEqual({
      region: 'cn-beijing',
      algorithm: 'logo',
      page: 3,
      pageSize: 50,
      libIds: [ID_A, ID_B],
    });
    expect(corrections).toEqual([]);
  });

  it('when values are wrong, then each is replaced by a usable one and reported', () => {
    const { view, corrections } = parseView(
      '?region=mars&algorithm=faces&page=-4&pageSize=30&libId=good,bad!,<script>',
      'cn-shanghai',
    );
    expect(view).toEqual({
      region: 'cn-shanghai',
      algorithm: 'landmark',
      page: 1,
      pageSize: 10,
      libIds: ['good'],
    });
    expect(corrections).toEqual([
      { param: 'region', value: 'mars', used: 'cn-shanghai' },
      { param: 'algorithm', value: 'faces', used: 'landmark' },
      { param: 'page', value: '-4', used: '1' },
      { param: 'pageSize', value: '30', used: '10' },
      { param: 'libId', value: 'good,bad!,<script>', used: 'good' },
    ]);
  });

  it('when the page is beyond what the BFF accepts or not a whole number, then it is corrected to 1', () => {
    expect(parseView('?page=1000001', 'cn-shanghai').view.page).toBe(1);
    expect(parseView('?page=2.5', 'cn-shanghai').corrections).toHaveLength(1);
    expect(parseView('?page=1000000', 'cn-shanghai').view.page).toBe(1_000_000);
  });

  it('when the URL lists more than 100 IDs, then the first 100 are kept and the rest reported', () => {
    const ids = Array.from({ length: 105 }, (_, index) => `id${index}`);
    const { view, corrections } = parseView(`?libId=${ids.join(',')}`, 'cn-shanghai');
    expect(view.libIds).toEqual(ids.slice(0, 100));
    expect(corrections.map((c) => c.param)).toEqual(['libId']);
  });
});

describe('viewToSearch', () => {
  const view: LibrariesView = {
    region: 'cn-shenzhen',
    algorithm: 'face',
    page: 2,
    pageSize: 20,
    libIds: [ID_A, ID_B],
  };

  it('when a view is written and read back, then it is the same view', () => {
    const search = viewToSearch(view);
    expect(search).toBe(`?region=cn-shenzhen&algorithm=face&page=2&pageSize=20&libId=${ID_A},${ID_B}`);
    expect(parseView(search, 'cn-shanghai')).toEqual({ view, corrections: [] });
  });

  it('when there is no search, then libId is left out', () => {
    expect(viewToSearch({ ...view, libIds: [] })).not.toContain('libId');
  });

  it('when the current URL has the prefetch flag, then it survives and other unknown parameters do not', () => {
    expect(viewToSearch(view, '?prefetch=0&utm=x')).toMatch(/&prefetch=0$/);
    expect(viewToSearch(view, '?prefetch=0&utm=x')).not.toContain('utm');
  });
});
