/**
 * Where the page sits: Libraries › library › entity. Each link returns to the page as the user left it (its page
 * and search, from the history entry's trail) or, on a shared link, to that page's start. The trail goes along
 * with the link, so the crumbs of the page it opens still know the way further up.
 */
import { useHistoryState } from 'wouter/use-browser-location';
import { PageLink } from '../components/page-link';
import { trailHref } from '../paths';
import { useContentsTexts } from './use-contents-texts';

export interface Crumb {
  label: string;
  /** The page's path: the key of the trail. */
  pathname: string;
  /** Where to go without a trail (a shared link, a new tab). */
  fallback: string;
}

export function Breadcrumbs({ crumbs, current }: { crumbs: Crumb[]; current: string }) {
  const texts = useContentsTexts();
  const state = useHistoryState<unknown>();
  return (
    <nav className="breadcrumbs" aria-label={texts.breadcrumb}>
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.pathname}>
            <PageLink href={trailHref(state, crumb.pathname, crumb.fallback)}>{crumb.label}</PageLink>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
