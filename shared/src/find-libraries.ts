/**
 * GET /api/find?libId=a,b,c: where each LibId lives, looked up in all 20 region × algorithm views (one
 * ListRecognitionLibs call with the LibId filter per view). An ID with no place lives nowhere among the views
 * that answered; views that failed are listed, so "nowhere" is never claimed for a view nobody could read.
 */
import { z } from 'zod';
import { algorithmSchema, regionSchema } from './catalog-schemas';
import { libIdListSchema } from './libraries';
import { viewErrorSchema } from './overview';
import { strictQuery } from './query-fields';

export const findQuerySchema = z.strictObject({ libId: libIdListSchema }, strictQuery);
export type FindQuery = z.output<typeof findQuerySchema>;

export const libraryPlaceSchema = z.object({
  region: regionSchema,
  algorithm: algorithmSchema,
  libName: z.string(),
});
export type LibraryPlace = z.infer<typeof libraryPlaceSchema>;

export const findAnswerSchema = z.object({
  /** In the order asked; `places` is empty for an ID found nowhere. */
  libraries: z.array(z.object({ libId: z.string(), places: z.array(libraryPlaceSchema) })),
  unanswered: z.array(z.object({ region: regionSchema, algorithm: algorithmSchema, error: viewErrorSchema })),
});
export type FindAnswer = z.infer<typeof findAnswerSchema>;
