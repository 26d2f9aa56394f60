/**
 * The contract of the write routes: create and delete libraries, entities and samples, and the audit trail.
 * Limits are counted in UTF-8 bytes, as the service counts them (../shared/ICE-RECOGNITION.md).
 */
import { z } from 'zod';
import { algorithmSchema, regionSchema } from './catalog-schemas';
import { utf8Bytes } from './utf8';
import { WRITE_LIMITS } from './write-limits';

const bytesAtMost = (max: number) => (text: string) => utf8Bytes(text) <= max;
const textField = (max: number, required: boolean) => {
  const base = z.string({ error: 'must be text' });
  return (required ? base.min(1, 'is required') : base).refine(
    bytesAtMost(max),
    `must be at most ${max} bytes`,
  );
};

const view = { region: regionSchema, algorithm: algorithmSchema };

export const createLibraryBodySchema = z.strictObject({
  ...view,
  libName: textField(WRITE_LIMITS.libNameBytes, true),
  libDescription: textField(WRITE_LIMITS.libDescriptionBytes, false).optional(),
});
export type CreateLibraryBody = z.infer<typeof createLibraryBodySchema>;

export const createEntityBodySchema = z.strictObject({
  ...view,
  entityName: textField(WRITE_LIMITS.entityNameBytes, true),
  entityInfo: textField(WRITE_LIMITS.entityInfoBytes, false)
    .refine((text) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    }, 'must be JSON text')
    .optional(),
});
export type CreateEntityBody = z.infer<typeof createEntityBodySchema>;

/**
 * Exactly one of the two: an image for landmark/object/logo/face, a text prompt for label libraries
 * (../shared/ICE-RECOGNITION.md), so a sample of the wrong kind is refused here rather than by the service.
 */
export const createSampleBodySchema = z
  .strictObject({
    ...view,
    imageUrl: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
      .refine(bytesAtMost(WRITE_LIMITS.imageUrlBytes), `must be at most ${WRITE_LIMITS.imageUrlBytes} bytes`)
      .optional(),
    labelPrompt: textField(WRITE_LIMITS.labelPromptBytes, true).optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.imageUrl === undefined) === (body.labelPrompt === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['imageUrl'],
        message: 'or labelPrompt is required, and only one of them',
      });
    } else if ((body.algorithm === 'label') !== (body.labelPrompt !== undefined)) {
      const wanted = body.algorithm === 'label' ? 'labelPrompt' : 'imageUrl';
      ctx.addIssue({
        code: 'custom',
        path: [wanted],
        message: `is required: ${body.algorithm} samples are ${wanted === 'imageUrl' ? 'images' : 'text prompts'}`,
      });
    }
  });
export type CreateSampleBody = z.infer<typeof createSampleBodySchema>;

export const createdLibrarySchema = z.object({ requestId: z.string(), libId: z.string() });
export const createdEntitySchema = z.object({ requestId: z.string(), entityId: z.string() });
export const createdSampleSchema = z.object({ requestId: z.string(), sampleId: z.string() });
export const deletedSchema = z.object({ requestId: z.string() });
export type CreatedLibrary = z.infer<typeof createdLibrarySchema>;
export type CreatedEntity = z.infer<typeof createdEntitySchema>;
export type CreatedSample = z.infer<typeof createdSampleSchema>;
export type Deleted = z.infer<typeof deletedSchema>;

export const WRITE_ACTIONS = [
  'CreateRecognitionLib',
  'DeleteRecognitionLib',
  'CreateRecognitionEntity',
  'DeleteRecognitionEntity',
  'CreateRecognitionSample',
  'DeleteRecognitionSample',
] as const;
export type WriteAction = (typeof WRITE_ACTIONS)[number];

/**
 * One line of the audit trail (AUDIT_LOG, JSON lines): an intent before the call, its outcome after; `refused`
 * for an attempt stopped before anything was sent, `replayed` for a repeated Idempotency-Key answered with the
 * first answer (nothing sent either).
 */
export const auditEntrySchema = z.object({
  time: z.string(),
  phase: z.enum(['intent', 'outcome', 'refused', 'replayed']),
  role: z.enum(['editor', 'viewer', 'none']),
  /** A non-secret name for the session (a hash), or the client address without sign-in. */
  session: z.string(),
  action: z.enum(WRITE_ACTIONS),
  region: z.string(),
  algorithm: z.string(),
  libId: z.string().optional(),
  entityId: z.string().optional(),
  sampleId: z.string().optional(),
  /** Names the user typed (LibName, EntityName), for people reading the trail. */
  name: z.string().optional(),
  /** `ok`, an error code, or `unknown` when the call may or may not have reached the service. */
  outcome: z.string().optional(),
  requestId: z.string(),
  upstreamRequestId: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  limit: z
    .string({ error: 'must be a single value' })
    .regex(/^[0-9]{1,4}$/, 'must be a whole number from 1 to 1000')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000'))
    .optional(),
  action: z.enum(WRITE_ACTIONS, { error: `must be one of ${WRITE_ACTIONS.join(', ')}` }).optional(),
});
export const auditAnswerSchema = z.object({ entries: z.array(auditEntrySchema) });
export type AuditAnswer = z.infer<typeof auditAnswerSchema>;
