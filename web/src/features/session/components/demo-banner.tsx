/** Says plainly that the data is the emulator's, and how to connect a real Alibaba Cloud account. */
import { useI18n } from '../../../lib/i18n/i18n';

export function DemoBanner() {
  const { t } = useI18n();
  return (
    <aside className="demo-banner" aria-label={t.demo.title}>
      <strong>{t.demo.title}</strong> {t.demo.text} <span className="hint">{t.demo.howTo}</span>
    </aside>
  );
}
