/** GET /api/health and GET /api/session: what the browser learns about the server before it asks for data. */
import { z } from 'zod';

export const MODES = ['emulator', 'cloud'] as const;
export const modeSchema = z.enum(MODES);
export type Mode = z.infer<typeof modeSchema>;

export const healthSchema = z.object({ status: z.literal('ok'), mode: modeSchema });
export type Health = z.infer<typeof healthSchema>;
