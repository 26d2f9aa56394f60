/**
 * The library and entity pages are chunks of their own, loaded on first visit. A link starts the load when the
 * pointer reaches it or it gets the focus, so the chunk is usually there by the click.
 */
export const loadLibraryPage = () => import('./library-page/library-page');
export const loadEntityPage = () => import('./entity-page/entity-page');
