import { describe, expect, it } from 'vitest';

import { contentItem } from '@/testing/fixtures/content-transfer/content-item';

import { describeSelection, emptySelection, isSelectionEmpty, withPageSelection } from './content-selection';
import type { ContentItem } from '../types';

const item = (id: string): ContentItem => contentItem(id, { title: id });

describe('content selection', () => {
  it('keeps items picked on other pages while this page changes', () => {
    const first = withPageSelection(emptySelection, [item('a'), item('b')], new Set(['a', 'b']));
    const second = withPageSelection(first, [item('c'), item('d')], new Set(['d']));
    const back = withPageSelection(second, [item('a'), item('b')], new Set(['b']));
    expect([...back.items.keys()]).toEqual(['b', 'd']);
  });

  it('describes folders, queries and items', () => {
    expect(isSelectionEmpty(emptySelection)).toBe(true);
    const selection = { items: new Map([['a', item('a')]]), folders: new Set(['f1', '']), query: { search: 'parcel', type: '' } };
    expect(describeSelection(selection, [{ id: 'f1', title: 'Roads' }])).toBe('everything matching “parcel”, the folder “Roads”, the root folder, 1 item');
    expect(describeSelection({ ...emptySelection, query: { search: '', type: '' } }, [])).toBe('everything the member owns');
  });
});
