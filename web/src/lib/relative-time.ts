/** "5 seconds ago" / "5秒钟前" from the browser's own Intl data, so no phrase tables ship with the app. */
import type { Language } from './i18n/i18n';

const formatters = new Map<Language, Intl.RelativeTimeFormat>();

export function formatAgo(language: Language, ms: number, justNow: string): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  // Before the formatter is made: the first screen says "just now", and the first Intl object a page makes costs
  // 50 to 80 ms (lib/i18n/count-format.ts).
  if (seconds < 5) return justNow;
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(language === 'zh' ? 'zh-CN' : 'en', { numeric: 'always' });
    formatters.set(language, formatter);
  }
  if (seconds < 60) return formatter.format(-seconds, 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return formatter.format(-minutes, 'minute');
  return formatter.format(-Math.round(minutes / 60), 'hour');
}
