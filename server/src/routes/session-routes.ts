/** /api/session: read, sign in (POST with { token }), sign out (DELETE). */
import type { Mode } from '@ice-console/shared/health';
import { type Role, type Session, signInRequestSchema } from '@ice-console/shared/session';
import express, { type Router } from 'express';
import { ApiError } from '../api-error';
import type { SignIn } from '../http/sign-in';

/** Registers on the API router itself: a nested Router would cost every request another layer. */
export function addSessionRoutes(router: Router, signIn: SignIn, mode: Mode, writes: boolean): void {
  // The browser shows write controls only when writes are on and the role is editor; `writes` is always sent.
  const session = (role: Role | undefined): Session & { writes: boolean } => ({
    signInRequired: signIn.enabled,
    signedIn: role !== undefined,
    mode,
    writes,
    ...(role === undefined ? {} : { role }),
  });
  router.get('/session', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(session(signIn.roleOf(req)));
  });
  router.post('/session', express.json({ limit: '2kb' }), async (req, res) => {
    if (!signIn.enabled) throw new ApiError(404, 'SignInDisabled', 'Sign-in is not enabled on this server.');
    const parsed = signInRequestSchema.safeParse(req.body);
    if (!parsed.success)
      throw new ApiError(400, 'InvalidBody', 'Send { "token": "…" } as JSON.', { field: 'token' });
    res.json(session(await signIn.signIn(req, res, parsed.data.token)));
  });
  router.delete('/session', (req, res) => {
    signIn.signOut(req, res);
    res.json(session(undefined));
  });
}
