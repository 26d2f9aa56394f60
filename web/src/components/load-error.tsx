/**
 * A failed load in plain words: what happened, what to do (the RAM policy, credential settings, a countdown for
 * our own rate limit), the code and the copyable RequestId that Alibaba Cloud support asks for, and a retry.
 */
import type { ErrorBody } from '@ice-console/shared/errors';
import { useEffect, useRef, useState } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { useI18n } from '../../../lib/i18n/i18n';
import { useNow } from '../../../lib/use-now';
import { errorKind, RAM_POLICY } from './error-kind';

// For these the title and help already say everything the server's own (English) message would.
const OWN_WORDS = new Set(['budget', 'serverDown']);

interface Props {
  error: ErrorBody['error'];
  onRetry: () => void;
}

export function LoadError({ error, onRetry }: Props) {
  const { t } = useI18n();
  const kind = errorKind(error.code);
  const text = t.errors[kind];
  const [retryAt] = useState(() =>
    error.retryAfterSeconds === undefined ? undefined : Date.now() + error.retryAfterSeconds * 1000,
  );
  const now = useNow(250, retryAt !== undefined);
  const secondsLeft = retryAt === undefined ? 0 : Math.max(0, Math.ceil((retryAt - now) / 1000));
  const retried = useRef(false);
  useEffect(() => {
    // Our own 429 says when the budget has room again: retry then, once, without the user asking.
    if (retryAt !== undefined && secondsLeft === 0 && !retried.current) {
      retried.current = true;
      onRetry();
    }
  }, [retryAt, secondsLeft, onRetry]);

  return (
    <section className="load-error" role="alert" aria-labelledby="load-error-title">
      <h2 id="load-error-title">{text.title}</h2>
      {!OWN_WORDS.has(kind) && <p>{error.message}</p>}
      <p>{text.help}</p>
      {kind === 'permission' && (
        <div className="policy">
          <pre>
            <code>{RAM_POLICY}</code>
          </pre>
          <CopyButton text={RAM_POLICY} what="RAM policy" />
        </div>
      )}
      <dl className="error-facts">
        <dt>{t.errors.code}</dt>
        <dd>
          <code>{error.code}</code>
          {error.field && <span> · {t.errors.field(error.field)}</span>}
        </dd>
        {error.requestId && (
          <>
            <dt>{t.errors.requestId}</dt>
            <dd>
              <code>{error.requestId}</code> <CopyButton text={error.requestId} what="RequestId" />
              <span className="hint"> {t.errors.requestIdHint}</span>
            </dd>
          </>
        )}
      </dl>
      {secondsLeft > 0 ? (
        <p className="countdown">{t.errors.retryIn(secondsLeft)}</p>
      ) : (
        <button type="button" className="primary" onClick={onRetry}>
          {t.errors.retry}
        </button>
      )}
    </section>
  );
}
