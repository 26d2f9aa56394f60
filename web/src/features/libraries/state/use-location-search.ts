/** location.search as React state: follows back/forward (popstate) and our own pushState/replaceState calls. */
import { useSyncExternalStore } from 'react';

const NAVIGATED = 'ice-console:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

/** A user's change is a new history entry (back undoes it); a correction replaces the entry it corrects. */
export function navigateToSearch(search: string, { replace = false } = {}): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATED));
}
