import { describe, expect, it } from 'vitest';
import { pageKeepingFirstRow } from './paging-controls';

describe('a new page size', () => {
  it('when the page size changes, then the page shown is the one holding the first row on screen', () => {
    // Rows 21–30 → rows 21–40.
    expect(pageKeepingFirstRow({ page: 3, pageSize: 10 }, 20)).toEqual({ page: 2, pageSize: 20 });
    // Rows 11–20 → rows 1–50.
    expect(pageKeepingFirstRow({ page: 2, pageSize: 10 }, 50)).toEqual({ page: 1, pageSize: 50 });
    // Rows 51–100 → rows 51–60.
    expect(pageKeepingFirstRow({ page: 2, pageSize: 50 }, 10)).toEqual({ page: 6, pageSize: 10 });
  });
});
