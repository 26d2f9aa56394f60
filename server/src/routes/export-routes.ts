/**
 * GET /api/libraries/export and GET /api/libraries/:libId/entities/export: every row of a view (or of a library)
 * as one CSV or JSON download, read in pages of 50 through the budget and streamed as they arrive
 * (export/export-stream.ts). Registered before /libraries/:libId, which would otherwise take "export" for a LibId.
 */

import { ENTITY_CSV_COLUMNS, LIBRARY_CSV_COLUMNS } from '@ice-console/shared/csv-cells';
import { EXPORT_PAGE_SIZE } from '@ice-console/shared/export-limits';
import { entityExportQuerySchema, libraryExportQuerySchema } from '@ice-console/shared/export-queries';
import type { Library } from '@ice-console/shared/libraries';
import type { Entity } from '@ice-console/shared/library-contents';
import { libIdParamSchema } from '@ice-console/shared/library-contents';
import type { Request, Router } from 'express';
import type { Logger } from 'pino';
import { exportWriter } from '../export/export-formats';
import { streamExport } from '../export/export-stream';
import type { IceGateway } from '../ice/ice-gateway';
import { entitiesRead, librariesRead } from '../ice/read-specs';
import { parseInput } from './parse-input';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

/** The day the file was made (UTC), for its name. */
const today = () => new Date().toISOString().slice(0, 10);

export function addExportRoutes(
  api: Router,
  gateway: IceGateway,
  clientOf: (req: Request) => string,
  logger: Logger,
): void {
  api.get('/libraries/export', async (req, res) => {
    const query = parseInput(libraryExportQuerySchema, req.query);
    const { region, algorithm, format, libId } = query;
    const client = clientOf(req);
    const kind = {
      rowsName: 'libraries',
      columns: LIBRARY_CSV_COLUMNS,
      cells: (row: Library): [string, string, string] => [row.libId, row.libName, row.libDescription],
      facts: { region, algorithm, ...(libId === undefined ? {} : { libIds: libId }) },
    };
    const scope = libId === undefined ? 'all' : 'search';
    await streamExport(
      req,
      res,
      {
        readPage: async (pageNumber) => {
          const read = librariesRead({
            region,
            algorithm,
            pageNumber,
            pageSize: EXPORT_PAGE_SIZE,
            ...(libId ? { libId } : {}),
          });
          const page = await gateway.readFresh(read, client);
          return { rows: page.libraries, totalCount: page.totalCount };
        },
        writer: exportWriter(kind, query),
        fileName: `recognition-libs_${region}_${algorithm}_${scope}_${today()}.${format}`,
        contentType: CONTENT_TYPES[format],
      },
      logger,
    );
  });

  api.get('/libraries/:libId/entities/export', async (req, res) => {
    const libId = parseInput(libIdParamSchema, req.params.libId, 'InvalidQuery', 'libId');
    const query = parseInput(entityExportQuerySchema, req.query);
    const { region, algorithm, format } = query;
    const client = clientOf(req);
    const kind = {
      rowsName: 'entities',
      columns: ENTITY_CSV_COLUMNS,
      cells: (row: Entity): [string, string, string] => [row.entityId, row.entityName, row.entityInfo],
      facts: { region, algorithm, libId },
    };
    await streamExport(
      req,
      res,
      {
        readPage: async (pageNumber) => {
          const read = entitiesRead({ region, algorithm, libId, pageNumber, pageSize: EXPORT_PAGE_SIZE });
          const page = await gateway.readFresh(read, client);
          return { rows: page.entities, totalCount: page.totalCount };
        },
        writer: exportWriter(kind, query),
        fileName: `recognition-entities_${region}_${algorithm}_${libId}_all_${today()}.${format}`,
        contentType: CONTENT_TYPES[format],
      },
      logger,
    );
  });
}
