/** The overview page's texts in the user's language. */
import { useI18n } from '../../../lib/i18n/i18n';
import { overviewEn } from './texts-en';
import { overviewZh } from './texts-zh';

export function useOverviewTexts() {
  const { language } = useI18n();
  return language === 'zh' ? overviewZh : overviewEn;
}
