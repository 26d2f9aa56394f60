/** The one error body every BFF route answers with. */
import { z } from 'zod';

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
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
