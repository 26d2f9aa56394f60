/** GET/POST/DELETE /api/session: whether sign-in is on, and whether this browser is signed in. */
import { z } from 'zod';
import { modeSchema } from './health';

export const sessionSchema = z.object({
  signInRequired: z.boolean(),
  signedIn: z.boolean(),
  mode: modeSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const signInRequestSchema = z.strictObject({ token: z.string().min(1).max(1024) });
