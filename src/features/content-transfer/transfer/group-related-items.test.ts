import { describe, expect, it } from 'vitest';

import { groupRelatedItems } from './group-related-items';

describe('groupRelatedItems', () => {
  it('keeps unrelated items apart', () => {
    expect(groupRelatedItems(['a', 'b'], [])).toEqual([['a'], ['b']]);
  });

  it('puts a layer and its source file in one unit, in the given order', () => {
    expect(groupRelatedItems(['csv', 'x', 'layer'], [{ from: 'layer', to: 'csv' }])).toEqual([['csv', 'layer'], ['x']]);
  });

  it('joins chains into one unit and ignores relations to items outside the list', () => {
    expect(
      groupRelatedItems(
        ['a', 'b', 'c', 'd'],
        [
          { from: 'a', to: 'b' },
          { from: 'c', to: 'b' },
          { from: 'd', to: 'zzz' },
        ],
      ),
    ).toEqual([['a', 'b', 'c'], ['d']]);
  });
});
