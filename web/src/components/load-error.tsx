/**
 * A failed load in plain words: a title and help worded from the error code in the user's language, what to do
 * (the RAM policy, credential settings, a countdown for our own rate limit), why Alibaba Cloud could not be reached
 * and at which endpoint, the code and the copyable RequestId
 * that Alibaba Cloud support asks for, the server's own sentence as a detail, and a retry only where one can help.
 */
import type { ErrorBody } from '@ice-console/shared/errors';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { errorKind, RAM_POLICY, retryCanHelp } from '../lib/error-kind';
import { useErrorTexts } from '../lib/i18n/use-error-texts';
import { useNow } from '../lib/use-now';
import { CopyButton } from './copy-button';

// For these the title and help already say everything the server's own message would.
const OWN_WORDS = new Set(['budget', 'serverDown']);

interface Props {
  error: ErrorBody['error'];
  onRetry: () => void;
  /** What to offer instead of a retry when a retry cannot help (a link to the list); the start page otherwise. */
  recovery?: ReactNode;
}

export function LoadError({ error, onRetry, recovery }: Props) {
  const errors = useErrorTexts();
  const titleId = useId();
  const kind = errorKind(error.code);
  const text = errors[kind];
  // Looked up, not trusted: a cause this build does not know shows nothing rather than an empty line.
  const causes: Partial<Record<string, string>> = errors.causes;
  const causeText = error.cause === undefined ? undefined : causes[error.cause];
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
    <section className="load-error" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{text.title}</h2>
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
        <dt>{errors.code}</dt>
        <dd>
          <code>{error.code}</code>
          {error.field && <span> · {errors.field(error.field)}</span>}
        </dd>
        {causeText && (
          <>
            <dt>{errors.cause}</dt>
            <dd className="error-cause">{causeText}</dd>
          </>
        )}
        {error.host && (
          <>
            <dt>{errors.endpoint}</dt>
            <dd>
              <code>{error.host}</code>
            </dd>
          </>
        )}
        {error.requestId && (
          <>
            <dt>{errors.requestId}</dt>
            <dd>
              <code>{error.requestId}</code> <CopyButton text={error.requestId} what="RequestId" />
              <span className="hint"> {errors.requestIdHint}</span>
            </dd>
          </>
        )}
        {!OWN_WORDS.has(kind) && error.message !== '' && (
          <>
            <dt>{errors.detail}</dt>
            {/* The BFF writes its messages in English; lang lets a screen reader in the Chinese UI say them right. */}
            <dd lang="en" className="error-detail">
              {error.message}
            </dd>
          </>
        )}
      </dl>
      {secondsLeft > 0 ? (
        <p className="countdown">{errors.retryIn(secondsLeft)}</p>
      ) : retryCanHelp(kind) ? (
        <button type="button" className="primary" onClick={onRetry}>
          {errors.retry}
        </button>
      ) : (
        (recovery ??
        (kind === 'invalid' || kind === 'notFound' ? (
          <Link href="/" className="button-link">
            {errors.startPage}
          </Link>
        ) : null))
      )}
    </section>
  );
}
