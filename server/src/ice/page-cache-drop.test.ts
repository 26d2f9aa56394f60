/** A write drops the pages it may have changed, including a read that was in flight while it went out. */
import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

const limits = { ttlMs: 60_000, maxEntries: 100, maxBytes: 1_000_000 };
const page = (json: string) => async () => ({ json });
const jsonSize = (value: { json: string }) => value.json.length * 2;

describe('dropping cached pages', () => {
  it('when pages of one region and algorithm are dropped, then only those are fetched again', async () => {
    const cache = new PageCache<{ json: string }>(limits, jsonSize);
    await cache.load('id|cn-shanghai|logo|libs|1', page('a'));
    await cache.load('id|cn-shanghai|logo|entities|L1', page('b'));
    await cache.load('id|cn-shanghai|face|libs|1', page('c'));
    const dropped = cache.deleteWhere((key) => key.startsWith('id|cn-shanghai|logo|'));
    expect(dropped).toBe(2);
    expect(cache.get('id|cn-shanghai|logo|libs|1')).toBeUndefined();
    expect(cache.get('id|cn-shanghai|face|libs|1')).toEqual({ json: 'c' });
  });

  it('when a read is in flight as its pages are dropped, then its answer is given but not kept, and later reads do not join it', async () => {
    const cache = new PageCache<{ json: string }>(limits, jsonSize);
    let finish: (value: { json: string }) => void = () => {};
    const before = cache.load('k', () => new Promise((resolve) => (finish = resolve)));
    cache.deleteWhere(() => true);
    const after = cache.load('k', page('after the write'));
    finish({ json: 'before the write' });
    expect((await before).value.json).toBe('before the write');
    expect((await after).value.json).toBe('after the write');
    expect(cache.get('k')).toEqual({ json: 'after the write' });
  });
});
