/**
 * The writes the gateway makes: for each route, which action, which fields go upstream and how the answer
 * becomes ours. Inputs arrive validated by the shared contract (shared/src/writes.ts).
 */
import type { Algorithm } from '@ice-console/shared/algorithms';
import type { Region } from '@ice-console/shared/regions';
import type {
  CreatedEntity,
  CreatedLibrary,
  CreatedSample,
  CreateEntityBody,
  CreateLibraryBody,
  CreateSampleBody,
  Deleted,
  WriteAction,
} from '@ice-console/shared/writes';
import { z } from 'zod';

/** One write: sent at most once when it may reach the service (write-call.ts). */
export interface WriteSpec<Answer> {
  region: Region;
  algorithm: Algorithm;
  action: WriteAction;
  upstreamQuery: Record<string, string>;
  toAnswer: (body: unknown) => Answer;
}

export interface View {
  region: Region;
  algorithm: Algorithm;
}

const requestId = z.string().min(1);
const createdLibAnswer = z.object({ RequestId: requestId, LibId: z.string().min(1) });
const createdEntityAnswer = z.object({ RequestId: requestId, EntityId: z.string().min(1) });
const createdSampleAnswer = z.object({ RequestId: requestId, SampleId: z.string().min(1) });
const deletedAnswer = z.object({ RequestId: requestId });

/** Only the fields that are set: an absent optional is not sent as an empty string. */
function fields(entries: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function spec<Answer>(
  view: View,
  action: WriteAction,
  upstreamQuery: Record<string, string | undefined>,
  toAnswer: (body: unknown) => Answer,
): WriteSpec<Answer> {
  return {
    region: view.region,
    algorithm: view.algorithm,
    action,
    upstreamQuery: fields({ Algorithm: view.algorithm, ...upstreamQuery }),
    toAnswer,
  };
}

/**
 * Which cached pages a write may have changed: all of its region and algorithm (a library's deletion changes its
 * list page, its own page, its entities and samples). Keys are identity|region|algorithm|… (read-specs.ts); every
 * identity's copy is as stale as ours.
 */
export function isPageChangedBy(write: View): (cacheKey: string) => boolean {
  return (cacheKey) => {
    const [, region, algorithm] = cacheKey.split('|', 3);
    return region === write.region && algorithm === write.algorithm;
  };
}

const toDeleted = (body: unknown): Deleted => ({ requestId: deletedAnswer.parse(body).RequestId });

export function createLibraryWrite(body: CreateLibraryBody): WriteSpec<CreatedLibrary> {
  return spec(
    body,
    'CreateRecognitionLib',
    { LibName: body.libName, LibDescription: body.libDescription },
    (answer) => {
      const parsed = createdLibAnswer.parse(answer);
      return { requestId: parsed.RequestId, libId: parsed.LibId };
    },
  );
}

export function deleteLibraryWrite(where: View & { libId: string }): WriteSpec<Deleted> {
  return spec(where, 'DeleteRecognitionLib', { LibId: where.libId }, toDeleted);
}

export function createEntityWrite(body: CreateEntityBody & { libId: string }): WriteSpec<CreatedEntity> {
  return spec(
    body,
    'CreateRecognitionEntity',
    { LibId: body.libId, EntityName: body.entityName, EntityInfo: body.entityInfo },
    (answer) => {
      const parsed = createdEntityAnswer.parse(answer);
      return { requestId: parsed.RequestId, entityId: parsed.EntityId };
    },
  );
}

export function deleteEntityWrite(where: View & { libId: string; entityId: string }): WriteSpec<Deleted> {
  return spec(where, 'DeleteRecognitionEntity', { LibId: where.libId, EntityId: where.entityId }, toDeleted);
}

export function createSampleWrite(
  body: CreateSampleBody & { libId: string; entityId: string },
): WriteSpec<CreatedSample> {
  return spec(
    body,
    'CreateRecognitionSample',
    { LibId: body.libId, EntityId: body.entityId, ImageUrl: body.imageUrl, LabelPrompt: body.labelPrompt },
    (answer) => {
      const parsed = createdSampleAnswer.parse(answer);
      return { requestId: parsed.RequestId, sampleId: parsed.SampleId };
    },
  );
}

export function deleteSampleWrite(
  where: View & { libId: string; entityId: string; sampleId: string },
): WriteSpec<Deleted> {
  const ids = { LibId: where.libId, EntityId: where.entityId, SampleId: where.sampleId };
  return spec(where, 'DeleteRecognitionSample', ids, toDeleted);
}
