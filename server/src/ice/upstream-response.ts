/** The shape ListRecognitionLibs answers with, checked before anything reaches a browser. */
import type { LibrariesQuery, LibraryPage } from '@ice-console/shared/libraries';
import { z } from 'zod';

export const listRecognitionLibsResponseSchema = z.object({
  RequestId: z.string(),
  PageNumber: z.coerce.number().int(),
  PageSize: z.coerce.number().int(),
  TotalCount: z.coerce.number().int().nonnegative(),
  Libs: z
    .object({
      Lib: z
        .array(
          z.object({
            LibId: z.string(),
            LibName: z.string().default(''),
            LibDescription: z.string().default(''),
          }),
        )
        .default([]),
    })
    .default({ Lib: [] }),
});

export function toLibraryPage(query: LibrariesQuery, body: unknown): LibraryPage {
  const parsed = listRecognitionLibsResponseSchema.parse(body);
  return {
    requestId: parsed.RequestId,
    region: query.region,
    algorithm: query.algorithm,
    pageNumber: parsed.PageNumber,
    pageSize: parsed.PageSize,
    totalCount: parsed.TotalCount,
    libraries: parsed.Libs.Lib.map((lib) => ({
      libId: lib.LibId,
      libName: lib.LibName,
      libDescription: lib.LibDescription,
    })),
  };
}
