/** GET /api/health and GET /api/session: what the browser learns about the server before it asks for data. */
import { z } from 'zod';
import { NETWORK_CAUSES } from './network-causes';

export const MODES = ['emulator', 'cloud'] as const;
export const modeSchema = z.enum(MODES);
export type Mode = z.infer<typeof modeSchema>;

/**
 * The start-up check's outcome (one ListRecognitionLibs of one row): `pending` until it has answered; `ok`; `denied`
 * (the key works but RAM does not allow the call); `credentials` (no key, or the key is unknown, disabled or its
 * signature refused); `unreachable` (no answer from the endpoint: see `cause`); `failed` (anything else).
 */
export const PREFLIGHT_OUTCOMES = [
  'pending',
  'ok',
  'denied',
  'credentials',
  'unreachable',
  'failed',
] as const;

/**
 * Open to anyone who can reach the server (monitors, load balancers), so it says only whether the account works
 * and why not, in codes: never the key, the endpoint's host, the account's data or the library count.
 */
export const preflightSchema = z.object({
  outcome: z.enum(PREFLIGHT_OUTCOMES),
  /** The error code (ours or Alibaba Cloud's), when the check failed. */
  code: z.string().optional(),
  /** The network cause, when the endpoint could not be reached. */
  cause: z.enum(NETWORK_CAUSES).optional(),
  /** When the check finished (ISO 8601), absent while pending. */
  at: z.string().optional(),
});
export type Preflight = z.infer<typeof preflightSchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  mode: modeSchema,
  preflight: preflightSchema,
});
export type Health = z.infer<typeof healthSchema>;
