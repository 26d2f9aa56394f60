import { MAX_ENTITY_NAME_BYTES as CONTRACT_MAX } from '@ice-console/shared/library-contents';
import { describe, expect, it } from 'vitest';
import { contentsViewToSearch, MAX_ENTITY_NAME_BYTES, parseContentsView } from './contents-view';

describe('parseContentsView', () => {
  it('when the URL names an entity, then the name is read as written, Chinese and %-signs included', () => {
    const search = contentsViewToSearch({
      region: 'cn-beijing',
      algorithm: 'logo',
      page: 2,
      pageSize: 20,
      entityName: '巴黎铁塔 %41&x=1',
    });
    expect(parseContentsView(search, 'cn-shanghai')).toEqual({
      view: {
        region: 'cn-beijing',
        algorithm: 'logo',
        page: 2,
        pageSize: 20,
        entityName: '巴黎铁塔 %41&x=1',
      },
      corrections: [],
    });
  });

  it('when the name is longer than the service takes, then it is dropped and reported', () => {
    const long = '塔'.repeat(22);
    const { view, corrections } = parseContentsView(`?entityName=${long}`, 'cn-shanghai');
    expect(view.entityName).toBe('');
    expect(corrections).toEqual([{ param: 'entityName', value: long, used: '' }]);
  });

  it('when compared with the contract, then the byte limit is the same', () => {
    expect(MAX_ENTITY_NAME_BYTES).toBe(CONTRACT_MAX);
  });
});
