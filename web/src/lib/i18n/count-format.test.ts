import { describe, expect, it } from 'vitest';
import { countFormat } from './count-format';

describe('counts written for the language', () => {
  it.each(['en-US', 'zh-CN'] as const)(
    'when a count is written in %s, then it reads as Intl writes it',
    (locale) => {
      const intl = new Intl.NumberFormat(locale).format;
      const format = countFormat(locale);
      const counts = [
        ...Array.from({ length: 2101 }, (_, i) => i - 1050),
        9_999,
        10_000,
        123_456,
        1_234_567,
        -1_000_000,
        1.5,
        999.5,
        0.25,
        -0,
      ];
      for (const count of counts) expect(format(count), String(count)).toBe(intl(count));
    },
  );
});
