/** POST /api/session (sign in with the token) and DELETE /api/session (sign out); both refresh the session. */
import type { Session } from '@ice-console/shared/session';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { SESSION_QUERY_KEY } from './get-session';

export async function signIn(token: string): Promise<Session> {
  return apiSend('POST /api/session', { token });
}

export async function signOut(): Promise<Session> {
  return apiSend('DELETE /api/session');
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => client.setQueryData(SESSION_QUERY_KEY, session),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: (session) => {
      // Nothing loaded while signed in stays in memory after signing out.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      client.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}
