/**
 * The contract of a library's own routes: GET /api/libraries/:libId (the library), .../entities (its entities,
 * paged) and .../samples (an entity's samples, paged, by EntityId or by EntityName).
 */
import { z } from 'zod';
import { algorithmSchema, regionSchema } from './catalog-schemas';
import { librarySchema } from './libraries';
import { opaqueId, pageFields, strictQuery, viewFields } from './query-fields';
import { utf8Bytes } from './utf8';

/** EntityName is at most 64 bytes of UTF-8, as the service counts it. */
export const MAX_ENTITY_NAME_BYTES = 64;

export const libIdParamSchema = opaqueId('a LibId');
export const entityIdParamSchema = opaqueId('an EntityId');

export const libraryQuerySchema = z.strictObject(viewFields, strictQuery);
export type LibraryQuery = z.output<typeof libraryQuerySchema>;

export const entitiesQuerySchema = z.strictObject({ ...viewFields, ...pageFields }, strictQuery);
export type EntitiesQuery = z.output<typeof entitiesQuerySchema>;

const entityNameSchema = z
  .string({ error: 'must be a single value' })
  .min(1, 'must not be empty')
  .refine(
    (name) => utf8Bytes(name) <= MAX_ENTITY_NAME_BYTES,
    `must be at most ${MAX_ENTITY_NAME_BYTES} bytes`,
  );

/** Exactly one of entityId (one entity's samples) or entityName (the service's search by name). */
export const samplesQuerySchema = z
  .strictObject(
    {
      ...viewFields,
      ...pageFields,
      entityId: entityIdParamSchema.optional(),
      entityName: entityNameSchema.optional(),
    },
    strictQuery,
  )
  .superRefine((query, ctx) => {
    if ((query.entityId === undefined) === (query.entityName === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entityId'],
        message: 'or entityName is required, and only one of them',
      });
    }
  });
export type SamplesQuery = z.output<typeof samplesQuerySchema>;

export const libraryAnswerSchema = z.object({
  requestId: z.string(),
  region: regionSchema,
  algorithm: algorithmSchema,
  library: librarySchema,
});
export type LibraryAnswer = z.infer<typeof libraryAnswerSchema>;

export const entitySchema = z.object({
  entityId: z.string(),
  entityName: z.string(),
  /** The service's text, meant to be JSON; the browser parses it (and shows it as text when it is not). */
  entityInfo: z.string(),
});
export type Entity = z.infer<typeof entitySchema>;

const pageFacts = {
  requestId: z.string(),
  region: regionSchema,
  algorithm: algorithmSchema,
  libId: z.string(),
  pageNumber: z.number().int(),
  pageSize: z.number().int(),
  totalCount: z.number().int().nonnegative(),
};

export const entityPageSchema = z.object({ ...pageFacts, entities: z.array(entitySchema) });
export type EntityPage = z.infer<typeof entityPageSchema>;

export const sampleSchema = z.object({
  sampleId: z.string(),
  /** Empty for label libraries: their samples are text prompts the service does not list back. */
  imageUrl: z.string(),
  entityId: z.string(),
  libId: z.string(),
});
export type Sample = z.infer<typeof sampleSchema>;

export const samplePageSchema = z.object({ ...pageFacts, samples: z.array(sampleSchema) });
export type SamplePage = z.infer<typeof samplePageSchema>;
