import { describe, expect, it } from 'vitest';
import { readEntityInfo } from './entity-info';

describe('readEntityInfo', () => {
  it('when the JSON has a description, then the description is what is read', () => {
    expect(readEntityInfo('{"description":"Book classification","x":1}')).toEqual({
      kind: 'description',
      text: 'Book classification',
    });
  });

  it('when the JSON has no description, then the JSON itself is shown, compactly', () => {
    expect(readEntityInfo('{ "city": "巴黎",\n "year": 1889 }')).toEqual({
      kind: 'json',
      text: '{"city":"巴黎","year":1889}',
    });
    expect(readEntityInfo('{"description": 42}')).toEqual({ kind: 'json', text: '{"description":42}' });
  });

  it('when it is empty or an empty object, then there is nothing to show', () => {
    expect(readEntityInfo('')).toEqual({ kind: 'none' });
    expect(readEntityInfo(' {} ')).toEqual({ kind: 'none' });
  });

  it('when it is not JSON, then it is kept as text (markup stays text for React)', () => {
    expect(readEntityInfo('<b>bold</b>')).toEqual({ kind: 'text', text: '<b>bold</b>' });
  });
});
