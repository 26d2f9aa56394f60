/**
 * GET/POST/DELETE /api/session: whether sign-in is on, whether this browser is signed in, as which role, and
 * whether the server lets anyone write at all.
 */
import { z } from 'zod';
import { modeSchema } from './health';

/** An editor may create and delete; a viewer (DASHBOARD_VIEWER_TOKEN) may only read. */
export const ROLES = ['editor', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const sessionSchema = z.object({
  signInRequired: z.boolean(),
  signedIn: z.boolean(),
  mode: modeSchema,
  /** The session's role; absent when signed out. Without sign-in (loopback) the local user is an editor. */
  role: roleSchema.optional(),
  /**
   * ICE_WRITES: whether the write routes may call Alibaba Cloud. The server always sends it; it is optional in
   * the type only until the web app's test fakes send it too, and absent means off.
   */
  writes: z.boolean().optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export const signInRequestSchema = z.strictObject({ token: z.string().min(1).max(1024) });
