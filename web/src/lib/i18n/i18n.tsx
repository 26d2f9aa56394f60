/**
 * The language: chosen from the browser on a first visit, switchable, remembered in localStorage. Each language's
 * dictionary is a chunk of its own, and only the one shown is loaded: main.tsx loads it before the first render (so
 * no text ever flashes in the other language), a switch loads the other before switching. Keeping the one never
 * shown out of the first load pays for the router within the first-load budget (docs/web-app.md).
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Messages } from './dictionary-en';

export type { Messages };
export type Language = 'en' | 'zh';
export const LANGUAGE_STORAGE_KEY = 'ice-console.language';

const loaders: Record<Language, () => Promise<{ dictionary: Messages }>> = {
  en: () => import('./dictionary-en'),
  zh: () => import('./dictionary-zh'),
};
const dictionaries = new Map<Language, Messages>();

/** Loads a language's dictionary once; the provider shows a language only once it is loaded. */
export async function loadDictionary(language: Language): Promise<void> {
  if (!dictionaries.has(language)) dictionaries.set(language, (await loaders[language]()).dictionary);
}

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
  const [, setLoaded] = useState(0);
  const t = dictionaries.get(language);
  useEffect(() => {
    // Normally loaded before the first render (main.tsx); otherwise, render once it is.
    if (!t) void loadDictionary(language).then(() => setLoaded((count) => count + 1));
  }, [t, language]);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    if (t) document.title = t.appTitle;
  }, [language, t]);
  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not remembered, but switched.
    }
    // The page stays in the current language until the other one's dictionary is there.
    if (dictionaries.has(next)) setLanguageState(next);
    else void loadDictionary(next).then(() => setLanguageState(next));
  }, []);
  const value = useMemo(() => (t ? { language, t, setLanguage } : undefined), [language, t, setLanguage]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
