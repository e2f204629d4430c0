import { describe, expect, it } from 'vitest';

import {
  canSortContentBy,
  defaultContentListParams,
  effectiveContentSort,
  isSearching,
  readContentListParams,
  writeContentListParams,
} from './content-list-params';

describe('content list params', () => {
  it('round-trips through the URL', () => {
    const params = {
      folder: 'abc',
      search: 'parcels',
      type: 'Web Map',
      page: 2,
      pageSize: 50 as const,
      sortField: 'title' as const,
      sortOrder: 'asc' as const,
    };
    expect(readContentListParams(writeContentListParams(params))).toEqual(params);
  });

  it('writes nothing for the defaults and falls back on malformed values', () => {
    expect(writeContentListParams(defaultContentListParams).toString()).toBe('');
    expect(readContentListParams(new URLSearchParams('page=-3&pageSize=7&sort=owner&order=up'))).toEqual(defaultContentListParams);
  });

  it('uses 1-based pages in the URL', () => {
    expect(writeContentListParams({ ...defaultContentListParams, page: 0 }).has('page')).toBe(false);
    expect(writeContentListParams({ ...defaultContentListParams, page: 1 }).get('page')).toBe('2');
  });

  it('searches every folder only when a search or type is given', () => {
    expect(isSearching({ search: '  ', type: '' })).toBe(false);
    expect(isSearching({ search: '', type: 'CSV' })).toBe(true);
  });

  it('sorts a folder by any column, a search only by what the portal search sorts by', () => {
    expect((['title', 'type', 'modified', 'size'] as const).map((field) => canSortContentBy(field, false))).toEqual([true, true, true, true]);
    expect((['title', 'type', 'modified', 'size'] as const).map((field) => canSortContentBy(field, true))).toEqual([true, true, true, false]);
  });

  it('falls back to the default sort when a search cannot sort by size', () => {
    const bySize = { ...defaultContentListParams, sortField: 'size' as const, sortOrder: 'asc' as const };
    expect(effectiveContentSort(bySize)).toEqual({ sortField: 'size', sortOrder: 'asc' });
    expect(effectiveContentSort({ ...bySize, search: 'parcels' })).toEqual({ sortField: 'modified', sortOrder: 'desc' });
    expect(effectiveContentSort({ ...bySize, type: 'CSV' })).toEqual({ sortField: 'modified', sortOrder: 'desc' });
    expect(effectiveContentSort({ ...bySize, search: 'parcels', sortField: 'title' })).toEqual({ sortField: 'title', sortOrder: 'asc' });
    expect(effectiveContentSort({ ...bySize, type: 'CSV', sortField: 'type', sortOrder: 'desc' })).toEqual({ sortField: 'type', sortOrder: 'desc' });
  });
});
