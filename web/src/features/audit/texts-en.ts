/** English texts of the audit page (its own chunk). The action names are the service's, in every language. */
import type { WriteAction } from '@ice-console/shared/writes';

export const auditEn = {
  title: 'Audit trail',
  intro: (limit: number) =>
    `Every change attempted from this dashboard, allowed or refused, newest first (at most ${limit} lines). A change leaves a line before it is sent and one with its outcome.`,
  filter: 'Action',
  allActions: 'All actions',
  actions: {
    CreateRecognitionLib: 'Create library',
    DeleteRecognitionLib: 'Delete library',
    CreateRecognitionEntity: 'Add entity',
    DeleteRecognitionEntity: 'Delete entity',
    CreateRecognitionSample: 'Add sample',
    DeleteRecognitionSample: 'Delete sample',
  } satisfies Record<WriteAction, string>,
  listLabel: 'Audit entries',
  loading: 'Loading the audit trail…',
  empty: 'No changes recorded yet.',
  phases: {
    intent: 'About to send',
    outcome: 'Outcome',
    refused: 'Refused before sending',
    replayed: 'Repeat, answered with the first answer',
  },
  ok: 'done',
  unknown: 'unknown',
  who: 'Who',
  roles: { editor: 'editor', viewer: 'viewer', none: 'not signed in' },
  where: 'Where',
  name: 'Name',
  ids: 'IDs',
  requestId: 'Request',
  upstreamRequestId: 'Alibaba Cloud RequestId',
};
