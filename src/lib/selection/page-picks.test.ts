import { describe, expect, it } from 'vitest';

import { isTicked, ticksOf, withPageExclusions, withPagePicks } from './page-picks';

type Row = { id: string };
const idOf = (row: Row) => row.id;
const page = [{ id: 'c' }, { id: 'd' }];

describe('selection across pages', () => {
  it('reads include and exclude answers', () => {
    expect(isTicked({ type: 'include', ids: new Set(['a']) }, 'a')).toBe(true);
    expect(isTicked({ type: 'exclude', ids: new Set(['a']) }, 'a')).toBe(false);
    expect(isTicked({ type: 'exclude', ids: new Set(['a']) }, 'b')).toBe(true);
  });

  it('keeps picks from other pages while this page follows the grid', () => {
    const picks = new Map([
      ['a', { id: 'a' }],
      ['c', { id: 'c' }],
    ]);
    const next = withPagePicks(picks, page, idOf, { type: 'include', ids: new Set(['d']) });
    expect([...next.keys()].sort()).toEqual(['a', 'd']);
    expect([...withPagePicks(picks, page, idOf, { type: 'exclude', ids: new Set() }).keys()].sort()).toEqual(['a', 'c', 'd']);
    expect(picks.size).toBe(2);
  });

  it('after "all that match", remembers the rows unticked on any page', () => {
    const excluded = withPageExclusions(new Set(['a']), page, idOf, { type: 'exclude', ids: new Set(['c']) });
    expect([...excluded].sort()).toEqual(['a', 'c']);
    expect([...withPageExclusions(excluded, page, idOf, { type: 'include', ids: new Set(['c', 'd']) })]).toEqual(['a']);
  });

  it('tells the grid what to show ticked', () => {
    expect(ticksOf({ picked: new Map() })).toEqual({ type: 'include', ids: new Set() });
    expect(ticksOf({ picked: new Map([['a', 1]]) })).toEqual({ type: 'include', ids: new Set(['a']) });
    expect(ticksOf({ allExcept: new Set(['b']) })).toEqual({ type: 'exclude', ids: new Set(['b']) });
  });
});
