/** The list's view from the URL (url-state.ts), and how to change it. */
import type { Region } from '@ice-console/shared/regions';
import { useCallback } from 'react';
import { type UrlView, useUrlView } from '../../../lib/use-url-view';
import { type LibrariesView, parseView, viewToSearch } from './url-state';

export function useLibrariesView(defaultRegion: Region): UrlView<LibrariesView> {
  const parse = useCallback((search: string) => parseView(search, defaultRegion), [defaultRegion]);
  return useUrlView(parse, viewToSearch);
}
