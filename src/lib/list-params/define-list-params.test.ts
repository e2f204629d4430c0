import { describe, expect, it } from 'vitest';

import { choiceFilter, defineListParams, isIsoDate, textFilter } from './define-list-params';

const things = defineListParams({
  sortFields: ['name', 'created'] as const,
  defaultSort: { field: 'name', order: 'asc' },
  filters: { search: textFilter('q'), kind: choiceFilter('kind', ['a', 'b'] as const), from: textFilter('from', isIsoDate) },
  replaceOn: ['search'],
});

describe('list state in the URL', () => {
  it('reads the defaults from an empty query and writes nothing for them', () => {
    expect(things.parse(new URLSearchParams())).toEqual({ search: '', kind: '', from: '', page: 0, pageSize: 25, sortField: 'name', sortOrder: 'asc' });
    expect(things.serialize(things.defaults).toString()).toBe('');
  });

  it('round-trips filters in their order, then the 1-based page, size and sort', () => {
    const state = { search: 'lima', kind: 'b', from: '2024-01-31', page: 2, pageSize: 100, sortField: 'created', sortOrder: 'desc' } as const;
    const query = things.serialize(state);
    expect(query.toString()).toBe('q=lima&kind=b&from=2024-01-31&page=3&pageSize=100&sort=created&order=desc');
    expect(things.parse(query)).toEqual(state);
  });

  it('reads anything malformed as its default', () => {
    expect(things.parse(new URLSearchParams('page=-1&pageSize=7&sort=password&order=up&kind=c&from=soon'))).toEqual(things.defaults);
    expect(things.parse(new URLSearchParams('page=abc')).page).toBe(0);
  });

  it('writes the sort field and order together when either differs', () => {
    expect(things.serialize({ ...things.defaults, sortOrder: 'desc' }).toString()).toBe('sort=name&order=desc');
  });

  it('puts a prefix before every key and can name the page size differently', () => {
    const prefixed = defineListParams({
      sortFields: ['a'] as const,
      defaultSort: { field: 'a', order: 'desc' },
      filters: { name: textFilter('q') },
      keyPrefix: 'm',
      pageSizeKey: 'size',
    });
    const query = prefixed.serialize({ name: 'x', page: 1, pageSize: 50, sortField: 'a', sortOrder: 'asc' });
    expect(query.toString()).toBe('mq=x&mpage=2&msize=50&msort=a&morder=asc');
    expect(prefixed.parse(query)).toEqual({ name: 'x', page: 1, pageSize: 50, sortField: 'a', sortOrder: 'asc' });
  });

  it('replaces the history entry only for the filters typed a letter at a time', () => {
    expect(things.replaces({ search: 'l', page: 0 })).toBe(true);
    expect(things.replaces({ kind: 'a', page: 0 })).toBe(false);
  });
});
