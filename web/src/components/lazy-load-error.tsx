/**
 * The error panel, loaded the first time one is shown: most visits never see one, so its help texts and error
 * mapping stay out of the first-load JavaScript. It is one small chunk from this same server, fetched in
 * milliseconds, and a failing fetch is already an error state the page was about to show.
 */
import { type ComponentProps, lazy, Suspense } from 'react';

const Panel = lazy(() => import('./load-error').then((module) => ({ default: module.LoadError })));

export function LoadError(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense fallback={<div className="load-error" aria-busy="true" />}>
      <Panel {...props} />
    </Suspense>
  );
}
