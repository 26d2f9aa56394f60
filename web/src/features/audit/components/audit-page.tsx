/**
 * The audit page (`/audit?action=`, a lazy chunk): the trail newest first, filtered by action. The filter is in
 * the URL, so a filtered trail can be linked to and Back undoes a change of filter.
 */
import type { WriteAction } from '@ice-console/shared/writes';
import { useId } from 'react';
import { useLocation, useSearch } from 'wouter';
import { LoadError } from '../../../components/load-error';
import { TableSkeleton } from '../../../components/table-skeleton';
import { toErrorBody } from '../../../lib/api-client';
import { AUDIT_LIMIT, useAudit } from '../api/get-audit';
import { auditEn } from '../texts-en';
import { useAuditTexts } from '../use-audit-texts';
import { AuditEntries } from './audit-entries';
import '../audit.css';

const ACTIONS = Object.keys(auditEn.actions) as WriteAction[];
const isAction = (value: string | null): value is WriteAction => ACTIONS.some((action) => action === value);

export function AuditPage() {
  const texts = useAuditTexts();
  const titleId = useId();
  const filterId = useId();
  const [, navigate] = useLocation();
  const wanted = new URLSearchParams(useSearch()).get('action');
  const action = isAction(wanted) ? wanted : undefined;
  const query = useAudit(action);
  return (
    <section className="audit-page" aria-labelledby={titleId}>
      <h2 id={titleId} className="page-title">
        {texts.title}
      </h2>
      <p className="hint">{texts.intro(AUDIT_LIMIT)}</p>
      <div className="field audit-filter">
        <label htmlFor={filterId}>{texts.filter}</label>
        <select
          id={filterId}
          value={action ?? ''}
          onChange={(event) =>
            navigate(event.target.value === '' ? '/audit' : `/audit?action=${event.target.value}`)
          }
        >
          <option value="">{texts.allActions}</option>
          {ACTIONS.map((name) => (
            <option key={name} value={name}>
              {texts.actions[name]} ({name})
            </option>
          ))}
        </select>
      </div>
      {query.isError ? (
        <LoadError error={toErrorBody(query.error)} onRetry={() => void query.refetch()} />
      ) : query.data === undefined ? (
        <TableSkeleton
          rows={5}
          columns={[{ label: texts.listLabel, className: 'col-name' }]}
          label={texts.loading}
        />
      ) : query.data.entries.length === 0 ? (
        <div className="empty" role="status">
          <p className="empty-title">{texts.empty}</p>
        </div>
      ) : (
        <AuditEntries entries={query.data.entries} />
      )}
    </section>
  );
}
