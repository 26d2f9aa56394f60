/** GET /api/audit?limit=&action=: the newest lines of the audit trail, for editors and viewers alike. */
import { type AuditAnswer, auditQuerySchema } from '@ice-console/shared/writes';
import type { Router } from 'express';
import { ApiError } from '../api-error';
import type { AuditLog } from '../writes/audit-log';
import { parseInput } from './parse-input';

const DEFAULT_LIMIT = 100;

export function addAuditRoute(api: Router, auditLog: AuditLog): void {
  api.get('/audit', async (req, res) => {
    const query = parseInput(auditQuerySchema, req.query);
    let answer: AuditAnswer;
    try {
      answer = { entries: await auditLog.newest(query.limit ?? DEFAULT_LIMIT, query.action) };
    } catch {
      throw new ApiError(503, 'AuditUnavailable', 'The audit trail could not be read.', { retryable: true });
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json(answer);
  });
}
