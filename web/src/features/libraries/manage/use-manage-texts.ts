/** The write controls' texts in the user's language. */
import { useI18n } from '../../../lib/i18n/i18n';
import { manageEn } from './texts-en';
import { manageZh } from './texts-zh';

export function useManageTexts() {
  const { language } = useI18n();
  return language === 'zh' ? manageZh : manageEn;
}
