/** /api/session: read, sign in (POST with { token }), sign out (DELETE). */
import type { Mode } from '@ice-console/shared/health';
import { type Session, signInRequestSchema } from '@ice-console/shared/session';
import { Router } from 'express';
import { ApiError } from '../http/api-error';
import type { SignIn } from '../http/sign-in';

export function sessionRoutes(signIn: SignIn, mode: Mode): Router {
  const router = Router();
  const session = (signedIn: boolean): Session => ({ signInRequired: signIn.enabled, signedIn, mode });
  router.get('/session', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(session(signIn.isSignedIn(req)));
  });
  router.post('/session', async (req, res) => {
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
  return router;
}
