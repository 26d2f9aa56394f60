/** The trail's lines as a list of cards (readable at 375 px, unlike a wide table): what, when, outcome, who, IDs. */
import type { AuditEntry } from '@ice-console/shared/writes';
import { useMemo } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { useAuditTexts } from '../use-audit-texts';

export function AuditEntries({ entries }: { entries: AuditEntry[] }) {
  const texts = useAuditTexts();
  const { language } = useI18n();
  const formatTime = useMemo(
    () =>
      new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'medium',
      }).format,
    [language],
  );
  return (
    <ol className="audit-list" aria-label={texts.listLabel}>
      {entries.map((entry) => {
        const outcome =
          entry.outcome === undefined ? undefined : entry.outcome === 'ok' ? texts.ok : entry.outcome;
        const ids = [entry.libId, entry.entityId, entry.sampleId].filter((id) => id !== undefined);
        return (
          // Lines have no ID of their own; an intent and its outcome share the request id, not the phase.
          <li key={`${entry.time}-${entry.requestId}-${entry.phase}`} className="audit-entry">
            <p className="audit-head">
              <strong>{texts.actions[entry.action]}</strong> <code>{entry.action}</code>{' '}
              <span className={`audit-phase ${entry.outcome && entry.outcome !== 'ok' ? 'failed' : ''}`}>
                {texts.phases[entry.phase]}
                {outcome !== undefined && `: ${outcome}`}
              </span>
            </p>
            <time dateTime={entry.time}>{formatTime(new Date(entry.time))}</time>
            <dl className="facts audit-facts">
              {entry.name !== undefined && (
                <div>
                  <dt>{texts.name}</dt>
                  <dd>{entry.name}</dd>
                </div>
              )}
              {ids.length > 0 && (
                <div>
                  <dt>{texts.ids}</dt>
                  <dd>
                    <code>{ids.join(' / ')}</code>
                  </dd>
                </div>
              )}
              <div>
                <dt>{texts.where}</dt>
                <dd>
                  {entry.region} · {entry.algorithm}
                </dd>
              </div>
              <div>
                <dt>{texts.who}</dt>
                <dd>
                  {texts.roles[entry.role]} · {entry.session}
                </dd>
              </div>
              <div>
                <dt>{texts.requestId}</dt>
                <dd>
                  <code>{entry.requestId}</code>
                </dd>
              </div>
              {entry.upstreamRequestId !== undefined && (
                <div>
                  <dt>{texts.upstreamRequestId}</dt>
                  <dd>
                    <code>{entry.upstreamRequestId}</code>
                  </dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
