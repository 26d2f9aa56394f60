/**
 * A link to another page of the app: a real <a href> (a new tab, a copied link work), navigated in place on a plain
 * click with the pages it came through in the history entry, so breadcrumbs return exactly there (paths.ts).
 */
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { trailState } from '../paths';

interface Props {
  href: string;
  children: ReactNode;
  /** Called when the user is about to follow the link (pointer over it, focus): start loading what it needs. */
  onIntent?: () => void;
  className?: string;
}

export function PageLink({ href, children, onIntent, className }: Props) {
  const [, navigate] = useLocation();
  return (
    <Link
      href={href}
      className={className}
      // wouter leaves clicks with a modifier key (new tab, new window) to the browser before calling this.
      onClick={(event) => {
        event.preventDefault();
        navigate(href, { state: trailState() });
      }}
      onPointerEnter={onIntent}
      onFocus={onIntent}
    >
      {children}
    </Link>
  );
}
