import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useScrollMemory } from './use-scroll-memory';

function scrolledTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
}

afterEach(() => {
  scrolledTo(0);
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('useScrollMemory', () => {
  it('when a page comes back to a URL it left, then its scroll is restored once its rows are there', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/?page=3');
    const list = renderHook(({ ready }) => useScrollMemory(ready), { initialProps: { ready: true } });
    scrolledTo(1800);
    list.unmount();

    scrolledTo(0);
    const back = renderHook(({ ready }) => useScrollMemory(ready), { initialProps: { ready: false } });
    expect(scrollTo).not.toHaveBeenCalled();
    back.rerender({ ready: true });
    expect(scrollTo).toHaveBeenCalledWith(0, 1800);
  });

  it('when a page opens with nothing remembered, then it starts at the top', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/libraries/new?region=cn-beijing');
    scrolledTo(900);
    renderHook(() => useScrollMemory(false));
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });
});
