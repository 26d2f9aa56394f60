/**
 * The language: chosen from the browser on a first visit, switchable, remembered in localStorage. Both
 * dictionaries ship in the first load: together they weigh less than the flash a lazy load would cause.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { errorsEn } from './errors-en';
import { errorsZh } from './errors-zh';
import { en } from './messages-en';
import { zh } from './messages-zh';

export type Language = 'en' | 'zh';
export const LANGUAGE_STORAGE_KEY = 'ice-console.language';

const dictionaries = {
  en: { ...en, errors: errorsEn },
  zh: { ...zh, errors: errorsZh },
};
export type Messages = (typeof dictionaries)['en'];

export function detectLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    // Storage can be blocked (privacy settings); the browser's preference still applies.
  }
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return preferred.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

interface I18n {
  language: Language;
  t: Messages;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? detectLanguage());
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = dictionaries[language].appTitle;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not remembered, but switched.
    }
  }, []);
  const value = useMemo(
    () => ({ language, t: dictionaries[language], setLanguage }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
