/** /api/session: read, sign in (POST with { token }), sign out (DELETE). */
import type { Mode } from '@ice-console/shared/health';
import { type Session, signInRequestSchema } from '@ice-console/shared/session';
import express, { type Router } from 'express';
import { ApiError } from '../api-error';
import type { SignIn } from '../http/sign-in';

/** Registers on the API router itself: a nested Router would cost every request another layer. */
export function addSessionRoutes(router: Router, signIn: SignIn, mode: Mode): void {
  const session = (signedIn: boolean): Session => ({ signInRequired: signIn.enabled, signedIn, mode });
  router.get('/session', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(session(signIn.isSignedIn(req)));
  });
  router.post('/session', express.json({ limit: '2kb' }), async (req, res) => {
    if (!signIn.enabled) throw new ApiError(404, 'SignInDisabled', 'Sign-in is not enabled on this server.');
    const parsed = signInRequestSchema.safeParse(req.body);
    if (!parsed.success)
      throw new ApiError(400, 'InvalidBody', 'Send { "token": "…" } as JSON.', { field: 'token' });
    await signIn.signIn(req, res, parsed.data.token);
    res.json(session(true));
  });
  router.delete('/session', (req, res) => {
    signIn.signOut(req, res);
    res.json(session(false));
  });
}
