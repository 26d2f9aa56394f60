/**
 * Copies a text and says so for a moment; its accessible name says what is copied. Where the browser allows no
 * copying at all (plain HTTP without the old fallback), it says so and how to copy by hand.
 */
import { useEffect, useId, useState } from 'react';
import { copyText } from '../lib/clipboard';
import { useI18n } from '../lib/i18n/i18n';

type Outcome = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, what }: { text: string; what: string }) {
  const { t } = useI18n();
  const messageId = useId();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  useEffect(() => {
    if (outcome === 'idle') return undefined;
    const timer = window.setTimeout(() => setOutcome('idle'), outcome === 'copied' ? 2000 : 8000);
    return () => window.clearTimeout(timer);
  }, [outcome]);
  const copy = async () => setOutcome((await copyText(text)) ? 'copied' : 'failed');
  const label = outcome === 'copied' ? t.copy.copied : outcome === 'failed' ? t.copy.failed : t.copy.copy;
  return (
    <>
      <button
        type="button"
        className="copy-button"
        onClick={copy}
        aria-label={`${label} ${what}`}
        aria-describedby={outcome === 'failed' ? messageId : undefined}
      >
        {label}
      </button>
      {outcome === 'failed' && (
        <span id={messageId} className="copy-failed" role="status">
          {t.copy.impossible}
        </span>
      )}
    </>
  );
}
