import { describe, expect, it } from 'vitest';
import { NonceStore } from '../src/nonce-store';
import { SlidingWindow } from '../src/sliding-window';

describe('NonceStore', () => {
  it('when a nonce is reused inside the window, then it is refused; after the window, it is accepted', () => {
    const store = new NonceStore(1000, 100);
    expect(store.remember('n1', 0)).toBe(true);
    expect(store.remember('n1', 999)).toBe(false);
    expect(store.remember('n1', 1000)).toBe(true);
  });

  it('when flooded with nonces, then memory stays bounded by forgetting the oldest', () => {
    const store = new NonceStore(60_000, 50);
    for (let i = 0; i < 1000; i++) store.remember(`n${i}`, i);
    expect(store.size).toBeLessThanOrEqual(50);
    expect(store.remember('n999', 1000)).toBe(false);
  });
});

describe('SlidingWindow', () => {
  it('when the limit is reached within one second, then further calls are refused until the oldest leaves the window', () => {
    const window = new SlidingWindow(3);
    expect([0, 100, 200, 300].map((t) => window.tryAcquire('a', t))).toEqual([true, true, true, false]);
    expect(window.tryAcquire('b', 300)).toBe(true);
    expect(window.tryAcquire('a', 999)).toBe(false);
    expect(window.tryAcquire('a', 1000)).toBe(true);
    expect(window.peak()).toBe(3);
  });
});
