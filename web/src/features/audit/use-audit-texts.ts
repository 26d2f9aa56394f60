/** The audit page's texts in the user's language. */
import { useI18n } from '../../lib/i18n/i18n';
import { auditEn } from './texts-en';
import { auditZh } from './texts-zh';

export function useAuditTexts() {
  const { language } = useI18n();
  return language === 'zh' ? auditZh : auditEn;
}
