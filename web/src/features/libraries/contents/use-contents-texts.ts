/** The library and entity pages' texts in the user's language. */
import { useI18n } from '../../../lib/i18n/i18n';
import { contentsEn } from './texts-en';
import { contentsZh } from './texts-zh';

export function useContentsTexts() {
  const { language } = useI18n();
  return language === 'zh' ? contentsZh : contentsEn;
}
