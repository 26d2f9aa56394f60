/**
 * The view a page's URL describes, and how to change it, over wouter's location. A URL with missing or wrong values
 * is rewritten in place to its canonical form; the wrong values are kept as corrections for the page to show until
 * dismissed. Every user change is a new history entry, so Back undoes it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { afterNextPaint } from './after-next-paint';
import type { Correction } from './url-fields';

export interface UrlView<V> {
  view: V;
  corrections: Correction[];
  dismissCorrections: () => void;
  /** Changes the view in a new history entry; any change goes back to page 1 unless it says a page. */
  changeView: (change: Partial<V>) => void;
}

export function useUrlView<V extends { page: number }>(
  /** Must be stable (useCallback): the view is parsed again only when it or the URL changes. */
  parse: (search: string) => { view: V; corrections: Correction[] },
  toSearch: (view: V, current: string) => string,
): UrlView<V> {
  // wouter's search, for its subscription; the raw one is parsed, as wouter decodes %-escapes once more than
  // URLSearchParams expects (an entity name holding "%41" would come back as "A").
  useSearch();
  const [, navigate] = useLocation();
  const search = window.location.search;
  const parsed = useMemo(() => parse(search), [parse, search]);
  const [corrections, setCorrections] = useState<Correction[]>([]);

  useEffect(() => {
    if (parsed.corrections.length > 0) setCorrections(parsed.corrections);
    if (toSearch(parsed.view, window.location.search) === window.location.search) return;
    // Once the frame showing the view is painted: the rewrite changes no view but renders the page again, which on
    // a first load held the rows' first paint back by about 130 ms (docs/web-app.md).
    return afterNextPaint(() => {
      const canonical = toSearch(parsed.view, window.location.search);
      // The raw path (wouter's is decoded; `~` as it already holds the base path), and the entry's state (where
      // Back leads) kept.
      if (canonical !== window.location.search) {
        navigate(`~${window.location.pathname}${canonical}`, { replace: true, state: window.history.state });
      }
    });
  }, [parsed, toSearch, navigate]);

  const { view } = parsed;
  const changeView = useCallback(
    (change: Partial<V>) => {
      // The user has moved on from the link that needed correcting.
      setCorrections([]);
      const next = toSearch({ ...view, page: 1, ...change }, window.location.search);
      // The entry's state (the trail of pages that led here) goes along: paging does not lose the way back.
      if (next !== window.location.search) {
        navigate(`~${window.location.pathname}${next}`, { state: window.history.state });
      }
    },
    [view, toSearch, navigate],
  );
  const dismissCorrections = useCallback(() => setCorrections([]), []);
  return { view, corrections, dismissCorrections, changeView };
}
