import { describe, expect, it } from 'vitest';
import { formatAgo } from './relative-time';

describe('formatAgo', () => {
  it('when the rows are seconds, minutes or hours old, then it says so in the language', () => {
    expect(formatAgo('en', 2_000, 'just now')).toBe('just now');
    expect(formatAgo('en', 12_400, 'just now')).toBe('12 seconds ago');
    expect(formatAgo('en', 61_000, 'just now')).toBe('1 minute ago');
    expect(formatAgo('en', 2 * 3600_000, 'just now')).toBe('2 hours ago');
    expect(formatAgo('zh', 12_000, '刚刚')).toBe('12秒钟前');
  });
});
