/** Switches between English and Simplified Chinese; the button names the other language in that language. */
import { useI18n } from '../lib/i18n/i18n';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <button
      type="button"
      className="language-switch"
      lang={t.otherLanguageTag}
      onClick={() => setLanguage(language === 'en' ? 'zh' : 'en')}
    >
      <span aria-hidden="true">文/A </span>
      {t.otherLanguage}
    </button>
  );
}
