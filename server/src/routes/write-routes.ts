/**
 * The six write routes (shared/src/api-routes.ts): each parses its input through the shared contract and names
 * the write to send; write-handler.ts does everything else, the same way for all six.
 */
import {
  entityIdParamSchema,
  libIdParamSchema,
  libraryQuerySchema,
} from '@ice-console/shared/library-contents';
import { opaqueId } from '@ice-console/shared/query-fields';
import {
  createEntityBodySchema,
  createLibraryBodySchema,
  createSampleBodySchema,
} from '@ice-console/shared/writes';
import type { Request, Router } from 'express';
import {
  createEntityWrite,
  createLibraryWrite,
  createSampleWrite,
  deleteEntityWrite,
  deleteLibraryWrite,
  deleteSampleWrite,
} from '../ice/write-specs';
import { type WriteDeps, writeHandler } from '../writes/write-handler';
import { parseInput } from './parse-input';

const sampleIdParamSchema = opaqueId('a SampleId');

const libIdOf = (req: Request) => parseInput(libIdParamSchema, req.params.libId, 'InvalidQuery', 'libId');
const entityIdOf = (req: Request) =>
  parseInput(entityIdParamSchema, req.params.entityId, 'InvalidQuery', 'entityId');
const sampleIdOf = (req: Request) =>
  parseInput(sampleIdParamSchema, req.params.sampleId, 'InvalidQuery', 'sampleId');
/** Deletes say where the library lives in the query: ?region=&algorithm=. */
const viewOf = (req: Request) => parseInput(libraryQuerySchema, req.query);

export function addWriteRoutes(api: Router, deps: WriteDeps): void {
  const entityPath = '/libraries/:libId/entities/:entityId';
  api.post(
    '/libraries',
    writeHandler(deps, 'CreateRecognitionLib', 201, (_req, body) =>
      createLibraryWrite(parseInput(createLibraryBodySchema, body, 'InvalidBody')),
    ),
  );
  api.delete(
    '/libraries/:libId',
    writeHandler(deps, 'DeleteRecognitionLib', 200, (req) =>
      deleteLibraryWrite({ ...viewOf(req), libId: libIdOf(req) }),
    ),
  );
  api.post(
    '/libraries/:libId/entities',
    writeHandler(deps, 'CreateRecognitionEntity', 201, (req, body) =>
      createEntityWrite({ ...parseInput(createEntityBodySchema, body, 'InvalidBody'), libId: libIdOf(req) }),
    ),
  );
  api.delete(
    entityPath,
    writeHandler(deps, 'DeleteRecognitionEntity', 200, (req) =>
      deleteEntityWrite({ ...viewOf(req), libId: libIdOf(req), entityId: entityIdOf(req) }),
    ),
  );
  api.post(
    `${entityPath}/samples`,
    writeHandler(deps, 'CreateRecognitionSample', 201, (req, body) =>
      createSampleWrite({
        ...parseInput(createSampleBodySchema, body, 'InvalidBody'),
        libId: libIdOf(req),
        entityId: entityIdOf(req),
      }),
    ),
  );
  api.delete(
    `${entityPath}/samples/:sampleId`,
    writeHandler(deps, 'DeleteRecognitionSample', 200, (req) =>
      deleteSampleWrite({
        ...viewOf(req),
        libId: libIdOf(req),
        entityId: entityIdOf(req),
        sampleId: sampleIdOf(req),
      }),
    ),
  );
}
