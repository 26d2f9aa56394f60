/** The one error body every BFF route answers with. */
import { z } from 'zod';
import { NETWORK_CAUSES } from './network-causes';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** The request field that was wrong, for a 400. */
    field: z.string().optional(),
    /** Alibaba Cloud's RequestId, when the error came from upstream: what Alibaba support asks for. */
    requestId: z.string().optional(),
    retryable: z.boolean(),
    retryAfterSeconds: z.number().int().positive().optional(),
    /** Why Alibaba Cloud could not be reached (network-causes.ts), for UpstreamUnreachable and UpstreamTimeout. */
    cause: z.enum(NETWORK_CAUSES).optional(),
    /** The endpoint (`host:port`) that could not be reached: one of those /api/regions lists. */
    host: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
