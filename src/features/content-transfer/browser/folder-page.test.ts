import { describe, expect, it } from 'vitest';

import { contentItem } from '@/testing/fixtures/content-transfer/content-item';

import { pageOfFolder, sortFolderItems } from './folder-page';
import type { ContentItem } from '../types';

function item(id: string, title: string, type: string, modified: number, size: number): ContentItem {
  return contentItem(id, { title, type, modified, size });
}

const items: readonly ContentItem[] = [
  item('i1', 'bridges', 'Web Map', 300, 50),
  item('i2', 'Culverts', 'CSV', 100, 900),
  item('i3', 'Alleys', 'Web Map', 200, 50),
  item('i4', 'alleys', 'Feature Service', 200, 10),
  item('i5', 'Docks', 'CSV', 400, 900),
];
const ids = (list: readonly ContentItem[]) => list.map((entry) => entry.id);
const all = { page: 0, pageSize: 25 } as const;

describe('sortFolderItems', () => {
  it('sorts titles case-insensitively, equal titles by id', () => {
    expect(ids(sortFolderItems(items, 'title', 'asc'))).toEqual(['i3', 'i4', 'i1', 'i2', 'i5']);
    // Descending reverses the titles; the tie between "Alleys" and "alleys" still goes by id.
    expect(ids(sortFolderItems(items, 'title', 'desc'))).toEqual(['i5', 'i2', 'i1', 'i3', 'i4']);
  });

  it('breaks ties on type, size and modified by title, then id', () => {
    expect(ids(sortFolderItems(items, 'type', 'asc'))).toEqual(['i2', 'i5', 'i4', 'i3', 'i1']);
    expect(ids(sortFolderItems(items, 'size', 'asc'))).toEqual(['i4', 'i3', 'i1', 'i2', 'i5']);
    expect(ids(sortFolderItems(items, 'size', 'desc'))).toEqual(['i2', 'i5', 'i3', 'i1', 'i4']);
    expect(ids(sortFolderItems(items, 'modified', 'desc'))).toEqual(['i5', 'i1', 'i3', 'i4', 'i2']);
    expect(ids(sortFolderItems(items, 'modified', 'asc'))).toEqual(['i2', 'i3', 'i4', 'i1', 'i5']);
  });

  it('leaves the input alone', () => {
    const before = ids(items);
    sortFolderItems(items, 'title', 'asc');
    expect(ids(items)).toEqual(before);
  });
});

describe('pageOfFolder', () => {
  it('returns the whole folder when it fits on one page, with its total', () => {
    expect(pageOfFolder(items, { ...all, sortField: 'modified', sortOrder: 'desc' })).toEqual({
      items: [items[4], items[0], items[2], items[3], items[1]],
      total: 5,
    });
  });

  it('slices the sorted folder by page and page size', () => {
    const sort = { sortField: 'title', sortOrder: 'asc' } as const;
    const first = pageOfFolder(items, { page: 0, pageSize: 2, ...sort });
    const second = pageOfFolder(items, { page: 1, pageSize: 2, ...sort });
    const last = pageOfFolder(items, { page: 2, pageSize: 2, ...sort });
    expect([ids(first.items), ids(second.items), ids(last.items)]).toEqual([['i3', 'i4'], ['i1', 'i2'], ['i5']]);
    expect([first.total, second.total, last.total]).toEqual([5, 5, 5]);
  });

  it('answers an empty page past the end, and an empty folder', () => {
    expect(pageOfFolder(items, { page: 3, pageSize: 2, sortField: 'title', sortOrder: 'asc' })).toEqual({ items: [], total: 5 });
    expect(pageOfFolder([], { ...all, sortField: 'size', sortOrder: 'desc' })).toEqual({ items: [], total: 0 });
  });
});
