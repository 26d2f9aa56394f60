/**
 * Counts written for a language ("1,234"). The formatter is made on the first count that needs it: the first Intl
 * object a page makes costs 50 to 80 ms (ICU's data), which would sit on the first load's path, and a count below
 * 1,000, like the list title's, reads the same in both languages without it (count-format.test.ts checks this
 * against Intl itself).
 */
export function countFormat(locale: 'en-US' | 'zh-CN'): (count: number) => string {
  let format: ((count: number) => string) | undefined;
  return (count) => {
    if (Number.isInteger(count) && count >= 0 && count < 1000 && !Object.is(count, -0)) return String(count);
    format ??= new Intl.NumberFormat(locale).format;
    return format(count);
  };
}
