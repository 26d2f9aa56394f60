/**
 * The view the URL describes, and how to change it. A URL with missing or wrong values is rewritten in place to
 * its canonical form; the wrong values are kept as corrections for the page to show until dismissed.
 */
import type { Region } from '@ice-console/shared/regions';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type Correction, type LibrariesView, parseView, viewToSearch } from './url-state';
import { navigateToSearch, useLocationSearch } from './use-location-search';

export interface LibrariesViewState {
  view: LibrariesView;
  corrections: Correction[];
  dismissCorrections: () => void;
  /** Changes the view in a new history entry; a change of filter goes back to page 1 unless it says a page. */
  changeView: (change: Partial<LibrariesView>) => void;
}

export function useLibrariesView(defaultRegion: Region): LibrariesViewState {
  const search = useLocationSearch();
  const parsed = useMemo(() => parseView(search, defaultRegion), [search, defaultRegion]);
  const [corrections, setCorrections] = useState<Correction[]>([]);

  useEffect(() => {
    if (parsed.corrections.length > 0) setCorrections(parsed.corrections);
    navigateToSearch(viewToSearch(parsed.view, window.location.search), { replace: true });
  }, [parsed]);

  const { view } = parsed;
  const changeView = useCallback(
    (change: Partial<LibrariesView>) => {
      const next = { ...view, page: 1, ...change };
      // The user has moved on from the link that needed correcting.
      setCorrections([]);
      navigateToSearch(viewToSearch(next, window.location.search));
    },
    [view],
  );
  const dismissCorrections = useCallback(() => setCorrections([]), []);
  return { view, corrections, dismissCorrections, changeView };
}
