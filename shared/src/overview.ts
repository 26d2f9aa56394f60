/**
 * GET /api/overview: how many libraries each region × algorithm view holds, one ListRecognitionLibs call
 * (PageSize=1) per cell. A cell that failed carries its error instead of a count and never hides the others.
 * `region` and `algorithm` narrow the answer to those cells, so a browser can fill the matrix cell by cell.
 */
import { z } from 'zod';
import { algorithmSchema, regionSchema } from './catalog-schemas';
import { required, strictQuery } from './query-fields';

export const overviewQuerySchema = z.strictObject(
  {
    region: z.string(required('must be a single value')).pipe(regionSchema).optional(),
    algorithm: z.string(required('must be a single value')).pipe(algorithmSchema).optional(),
  },
  strictQuery,
);
export type OverviewQuery = z.output<typeof overviewQuerySchema>;

/** Why a view could not be read: the error body's code and message, and Alibaba's RequestId when it answered. */
export const viewErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
});
export type ViewError = z.infer<typeof viewErrorSchema>;

export const overviewCellSchema = z.object({
  region: regionSchema,
  algorithm: algorithmSchema,
  /** null when the call failed: then `error` says why. */
  totalCount: z.number().int().nonnegative().nullable(),
  error: viewErrorSchema.optional(),
});
export type OverviewCell = z.infer<typeof overviewCellSchema>;

export const overviewAnswerSchema = z.object({ cells: z.array(overviewCellSchema) });
export type OverviewAnswer = z.infer<typeof overviewAnswerSchema>;
