/**
 * The app's pages as URLs: the list `/`, a library `/libraries/<libId>` and an entity
 * `/libraries/<libId>/entities/<entityId>`, each with the `?region=&algorithm=` that addresses the library.
 */
import type { Algorithm } from '@ice-console/shared/algorithms';
import type { Region } from '@ice-console/shared/regions';
import { appPathname } from '../../lib/base-path';

export const LIBRARY_ROUTE = '/libraries/:libId';
export const ENTITY_ROUTE = '/libraries/:libId/entities/:entityId';
/** How many libraries each region × algorithm holds (overview/overview-page.tsx). */
export const OVERVIEW_ROUTE = '/overview';

interface Where {
  region: Region;
  algorithm: Algorithm;
}

const where = ({ region, algorithm }: Where) => `?${new URLSearchParams({ region, algorithm })}`;

export function listPath(view: Where): string {
  return `/${where(view)}`;
}

export const libraryPathname = (libId: string) => `/libraries/${encodeURIComponent(libId)}`;

export function libraryPath(libId: string, view: Where): string {
  return `${libraryPathname(libId)}${where(view)}`;
}

export function entityPath(libId: string, entityId: string, view: Where): string {
  return `${libraryPathname(libId)}/entities/${encodeURIComponent(entityId)}${where(view)}`;
}

/**
 * What a link puts in the history entry it opens: the exact URL of each page on the way (page, search), by path,
 * so a breadcrumb returns where the user was rather than to the page's start.
 */
interface TrailState {
  trail: Record<string, string>;
}

function isTrailState(value: unknown): value is TrailState {
  const trail =
    typeof value === 'object' && value !== null ? (value as { trail?: unknown }).trail : undefined;
  return typeof trail === 'object' && trail !== null;
}

export function trailState(): TrailState {
  const { state } = window.history;
  // Links are written without the base path (the router adds it): so are the trail's.
  const pathname = appPathname();
  const { search } = window.location;
  return { trail: { ...(isTrailState(state) ? state.trail : {}), [pathname]: `${pathname}${search}` } };
}

/** Where a link to the page at `pathname` should lead: where the user left it, or `fallback`. */
export function trailHref(historyState: unknown, pathname: string, fallback: string): string {
  const href = isTrailState(historyState) ? historyState.trail[pathname] : undefined;
  return typeof href === 'string' && href.startsWith(`${pathname}?`) ? href : fallback;
}
