/** The contract of GET /api/libraries: the query the BFF accepts and the page it answers with. */
import { z } from 'zod';
import { algorithmSchema, regionSchema } from './catalog-schemas';
import { LIB_ID_PATTERN, MAX_LIB_IDS } from './lib-ids';
import { pageFields, strictQuery, viewFields } from './query-fields';

/** Long enough for 100 IDs of 64 characters with separators; longer input is refused before it is split. */
const MAX_LIB_ID_TEXT = MAX_LIB_IDS * 66;

/** A comma-separated LibId list (at most MAX_LIB_IDS), normalized: trimmed, repeats and empties dropped. */
export const libIdListSchema = z
  .string({ error: 'must be a single value' })
  .max(MAX_LIB_ID_TEXT, `must be at most ${MAX_LIB_ID_TEXT} characters`)
  .transform((text, ctx) => {
    const parts = [...new Set(text.split(',').map((part) => part.trim()))].filter((part) => part !== '');
    const bad = parts.find((part) => !LIB_ID_PATTERN.test(part));
    if (bad !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `contains "${bad.slice(0, 70)}", which is not a LibId (1 to 64 of A-Z a-z 0-9 _ -)`,
      });
      return z.NEVER;
    }
    if (parts.length > MAX_LIB_IDS) {
      ctx.addIssue({
        code: 'custom',
        message: `lists ${parts.length} IDs; at most ${MAX_LIB_IDS} are allowed`,
      });
      return z.NEVER;
    }
    return parts;
  });

/** What the browser may send. Unknown parameters are refused so a typo never silently means "everything". */
export const librariesQuerySchema = z.strictObject(
  {
    ...viewFields,
    ...pageFields,
    libId: libIdListSchema.optional(),
  },
  strictQuery,
);
export type LibrariesQueryInput = z.input<typeof librariesQuerySchema>;
export type LibrariesQuery = z.output<typeof librariesQuerySchema>;

export const librarySchema = z.object({
  libId: z.string(),
  libName: z.string(),
  libDescription: z.string(),
});
export type Library = z.infer<typeof librarySchema>;

export const libraryPageSchema = z.object({
  requestId: z.string(),
  region: regionSchema,
  algorithm: algorithmSchema,
  pageNumber: z.number().int(),
  pageSize: z.number().int(),
  totalCount: z.number().int().nonnegative(),
  libraries: z.array(librarySchema),
});
export type LibraryPage = z.infer<typeof libraryPageSchema>;
