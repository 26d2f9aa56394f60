/**
 * The URL prefix the server mounts the app under (BASE_PATH, e.g. `/ice`; '' at the root). The server writes it
 * into index.html (server/src/http/index-page.ts), so one build serves any prefix. Routes, links and API paths
 * in the app are written without it: the router adds it to links and navigation, routeUrl to API calls.
 */
export const basePath =
  document.querySelector<HTMLMetaElement>('meta[name="base-path"]')?.getAttribute('content') ?? '';

/** A path of this page's address (window.location.pathname) as the app's routes see it: without the prefix. */
export function appPathname(pathname: string = window.location.pathname): string {
  if (basePath === '' || !(pathname === basePath || pathname.startsWith(`${basePath}/`))) return pathname;
  return pathname.slice(basePath.length) || '/';
}
