/**
 * The queries of the full exports: GET /api/libraries/export (every library of a view, or of the LibIds given)
 * and GET /api/libraries/:libId/entities/export (every entity of a library). Limits: export-limits.ts.
 */
import { z } from 'zod';
import { libIdListSchema } from './libraries';
import { required, strictQuery, viewFields } from './query-fields';

const fileFields = {
  format: z
    .string(required('must be a single value'))
    .pipe(z.enum(['csv', 'json'], { error: 'must be csv or json' })),
  /** `1`: the CSV starts with a byte-order mark, so Excel reads it as UTF-8 (as the page export's option). */
  bom: z
    .string(required('must be a single value'))
    .pipe(z.enum(['0', '1'], { error: 'must be 0 or 1' }))
    .optional(),
};

export const libraryExportQuerySchema = z.strictObject(
  { ...viewFields, ...fileFields, libId: libIdListSchema.optional() },
  strictQuery,
);
export type LibraryExportQueryInput = z.input<typeof libraryExportQuerySchema>;
export type LibraryExportQuery = z.output<typeof libraryExportQuerySchema>;

export const entityExportQuerySchema = z.strictObject({ ...viewFields, ...fileFields }, strictQuery);
export type EntityExportQueryInput = z.input<typeof entityExportQuerySchema>;
export type EntityExportQuery = z.output<typeof entityExportQuerySchema>;

export type ExportFormat = LibraryExportQuery['format'];
