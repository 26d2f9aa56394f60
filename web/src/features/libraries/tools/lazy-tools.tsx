/**
 * The view tools as the pages place them, beside the page export: "Export all (N)", "Show as code", and on the list
 * the name filter and the search everywhere. A chunk of its own (view-tools.tsx), fetched with the first rows, so
 * it never weighs on the first load (docs/web-app.md); the tools appear a moment after the rows.
 */
import { lazy, Suspense } from 'react';
import type { NameFilterState, ToolsView } from './tools-view';

const ViewTools = lazy(() => import('./view-tools'));

export function LazyViewTools(props: { view: ToolsView; filter?: NameFilterState }) {
  return (
    <Suspense>
      <ViewTools {...props} />
    </Suspense>
  );
}
