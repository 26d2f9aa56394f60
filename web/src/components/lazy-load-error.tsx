/**
 * The error panel, kept out of the first-load JavaScript but fetched right after it, while the first page loads:
 * the panel must be there when the server itself goes away, and by then its chunk is already in memory.
 */
import { type ComponentProps, lazy, Suspense } from 'react';

const early = import('./load-error');
const Panel = lazy(() => early.then((module) => ({ default: module.LoadError })));

export function LoadError(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense fallback={<div className="load-error" aria-busy="true" />}>
      <Panel {...props} />
    </Suspense>
  );
}
