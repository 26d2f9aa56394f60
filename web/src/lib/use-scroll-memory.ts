/**
 * Back to a page puts it where the user left it. The browser cannot do it alone here: when Back fires, the page it
 * returns to is not rendered yet (it is a React route), so the browser's own restoring finds a short page. Each
 * page remembers its scroll position by URL when it goes away and restores it once its rows are on screen; a page
 * with nothing remembered starts at the top. Kept in memory: a tab's own Back and Forward, not a reload.
 */
import { useLayoutEffect, useRef } from 'react';

const positions = new Map<string, number>();
const currentUrl = () => `${window.location.pathname}${window.location.search}`;

export function useScrollMemory(ready: boolean): void {
  const url = useRef(currentUrl());
  const restored = useRef(false);
  // After every commit: the URL this page shows, so the position is saved under it and not under the next page's.
  useLayoutEffect(() => {
    url.current = currentUrl();
  });
  useLayoutEffect(
    () => () => {
      positions.set(url.current, window.scrollY);
    },
    [],
  );
  useLayoutEffect(() => {
    if (restored.current) return;
    const saved = positions.get(url.current);
    if (saved === undefined) {
      restored.current = true;
      if (window.scrollY !== 0) window.scrollTo(0, 0);
      return;
    }
    if (!ready) return;
    restored.current = true;
    if (window.scrollY !== saved) window.scrollTo(0, saved);
  }, [ready]);
}
