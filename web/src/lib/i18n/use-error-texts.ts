/**
 * The error texts in the user's language, both languages in one chunk like each feature's own texts. Only what
 * shows an error imports them (the error panel, the overview's cells, the write forms), and all of those are lazy
 * chunks: the texts stay out of the first load, where they were half the dictionary.
 */
import { errorsEn } from './errors-en';
import { errorsZh } from './errors-zh';
import { useI18n } from './i18n';

export type ErrorTexts = typeof errorsEn;

export function useErrorTexts(): ErrorTexts {
  const { language } = useI18n();
  return language === 'zh' ? errorsZh : errorsEn;
}
