import { describe, expect, it } from 'vitest';
import { safeImageUrl } from './image-url';

describe('safeImageUrl', () => {
  it.each([
    [
      'https://bucket.oss-cn-shanghai.aliyuncs.com/a.jpg',
      'https://bucket.oss-cn-shanghai.aliyuncs.com/a.jpg',
    ],
    ['http://127.0.0.1:9/missing.jpg', 'http://127.0.0.1:9/missing.jpg'],
    ['/demo-images/landmark-1.svg', `${window.location.origin}/demo-images/landmark-1.svg`],
  ])('when the address is %s, then it is shown', (url, shown) => {
    expect(safeImageUrl(url)).toBe(shown);
  });

  it.each(['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'ftp://example.com/a.jpg'])(
    'when the address is %s, then it is never loaded',
    (url) => {
      expect(safeImageUrl(url)).toBeUndefined();
    },
  );
});
