/**
 * What this session may do with the write controls, from /api/session: the app shell provides it, the pages read
 * it (features never import each other). Unknown means read: a control must never show before it is allowed.
 */
import { createContext, useContext } from 'react';

/** `editor`: create and delete; `off`: the operator has not turned writes on (ICE_WRITES); `read`: a viewer. */
export type WriteAccess = 'editor' | 'off' | 'read';

export function writeAccessOf(
  session: { writes?: boolean | undefined; role?: string | undefined } | undefined,
): WriteAccess {
  if (session === undefined || session.role === 'viewer') return 'read';
  if (session.writes !== true) return 'off';
  return session.role === 'editor' ? 'editor' : 'read';
}

export const WriteAccessContext = createContext<WriteAccess>('read');

export function useWriteAccess(): WriteAccess {
  return useContext(WriteAccessContext);
}
