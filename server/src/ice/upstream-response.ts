/**
 * The shapes the List actions answer with, checked before anything reaches a browser. Each is compiled once
 * (`z.compile`): a valid answer, the usual case, is checked by one generated function; an invalid one falls back
 * to zod's ordinary parser, so its errors are the same.
 */
import type { LibrariesQuery, LibraryPage } from '@ice-console/shared/libraries';
import type { EntityPage, SamplePage } from '@ice-console/shared/library-contents';
import { z } from 'zod';

/** The paging facts every List action answers with. */
const pageFacts = {
  RequestId: z.string(),
  PageNumber: z.coerce.number().int(),
  PageSize: z.coerce.number().int(),
  TotalCount: z.coerce.number().int().nonnegative(),
};

export const listRecognitionLibsResponseSchema = z.compile(
  z.object({
    ...pageFacts,
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
  }),
);

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

export const listRecognitionEntitiesResponseSchema = z.compile(
  z.object({
    ...pageFacts,
    Entities: z
      .object({
        Entity: z
          .array(
            z.object({
              EntityId: z.string(),
              EntityName: z.string().default(''),
              EntityInfo: z.string().default(''),
            }),
          )
          .default([]),
      })
      .default({ Entity: [] }),
  }),
);

export const listRecognitionSamplesResponseSchema = z.compile(
  z.object({
    ...pageFacts,
    Samples: z
      .object({
        Sample: z
          .array(
            z.object({
              SampleId: z.string(),
              ImageUrl: z.string().default(''),
              EntityId: z.string().default(''),
              LibId: z.string().default(''),
            }),
          )
          .default([]),
      })
      .default({ Sample: [] }),
  }),
);

/** Where a page of a library's contents was read, for the answer's facts. */
export interface LibraryScope {
  region: LibrariesQuery['region'];
  algorithm: LibrariesQuery['algorithm'];
  libId: string;
}

export function toEntityPage(scope: LibraryScope, body: unknown): EntityPage {
  const parsed = listRecognitionEntitiesResponseSchema.parse(body);
  return {
    requestId: parsed.RequestId,
    ...scope,
    pageNumber: parsed.PageNumber,
    pageSize: parsed.PageSize,
    totalCount: parsed.TotalCount,
    entities: parsed.Entities.Entity.map((entity) => ({
      entityId: entity.EntityId,
      entityName: entity.EntityName,
      entityInfo: entity.EntityInfo,
    })),
  };
}

export function toSamplePage(scope: LibraryScope, body: unknown): SamplePage {
  const parsed = listRecognitionSamplesResponseSchema.parse(body);
  return {
    requestId: parsed.RequestId,
    ...scope,
    pageNumber: parsed.PageNumber,
    pageSize: parsed.PageSize,
    totalCount: parsed.TotalCount,
    samples: parsed.Samples.Sample.map((sample) => ({
      sampleId: sample.SampleId,
      imageUrl: sample.ImageUrl,
      entityId: sample.EntityId,
      libId: sample.LibId,
    })),
  };
}
