/** The view tools' texts in the user's language. */
import { useI18n } from '../../../lib/i18n/i18n';
import { toolsEn } from './texts-en';
import { toolsZh } from './texts-zh';

export function useToolsTexts() {
  const { language } = useI18n();
  return language === 'zh' ? toolsZh : toolsEn;
}
