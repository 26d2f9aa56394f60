/** Copies a text to the clipboard and says so for a moment; its accessible name says what is copied. */
import { useEffect, useState } from 'react';
import { useI18n } from '../lib/i18n/i18n';

export function CopyButton({ text, what }: { text: string; what: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Clipboard refused (insecure context or permissions): the text stays selectable on screen.
    }
  };
  const label = copied ? t.table.copied : t.table.copy;
  return (
    <button type="button" className="copy-button" onClick={copy} aria-label={`${label} ${what}`}>
      {label}
    </button>
  );
}
