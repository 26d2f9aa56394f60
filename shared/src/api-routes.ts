/**
 * Which answer each BFF route sends, as types only (erased from the browser bundle). The server builds each
 * answer from these types and the browser's one fetch wrapper returns them, so neither side spells a shape twice.
 */
import type { RegionsResponse } from './catalog-schemas';
import type { EntityExportQueryInput, LibraryExportQueryInput } from './export-queries';
import type { FindAnswer } from './find-libraries';
import type { Health } from './health';
import type { LibraryPage } from './libraries';
import type { EntityPage, LibraryAnswer, SamplePage } from './library-contents';
import type { OverviewAnswer } from './overview';
import type { Session } from './session';
import type { AuditAnswer, CreatedEntity, CreatedLibrary, CreatedSample, Deleted } from './writes';

export interface ApiGetRoutes {
  '/api/health': Health;
  '/api/libraries': LibraryPage;
  '/api/libraries/:libId': LibraryAnswer;
  '/api/libraries/:libId/entities': EntityPage;
  '/api/libraries/:libId/samples': SamplePage;
  '/api/regions': RegionsResponse;
  '/api/session': Session;
  '/api/audit': AuditAnswer;
  '/api/overview': OverviewAnswer;
  '/api/find': FindAnswer;
}

export interface ApiSendRoutes {
  'POST /api/session': Session;
  'DELETE /api/session': Session;
  'POST /api/libraries': CreatedLibrary;
  'DELETE /api/libraries/:libId': Deleted;
  'POST /api/libraries/:libId/entities': CreatedEntity;
  'DELETE /api/libraries/:libId/entities/:entityId': Deleted;
  'POST /api/libraries/:libId/entities/:entityId/samples': CreatedSample;
  'DELETE /api/libraries/:libId/entities/:entityId/samples/:sampleId': Deleted;
}

/** Routes that stream a file rather than answer JSON, with the query each takes (read as a stream by the browser). */
export interface ApiFileRoutes {
  '/api/libraries/export': LibraryExportQueryInput;
  '/api/libraries/:libId/entities/export': EntityExportQueryInput;
}
