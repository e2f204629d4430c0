import { withPagePicks } from '@/lib/selection/page-picks';
import { countOf } from '@/lib/text/plural';

import type { ContentFolder, ContentItem, ContentSelection } from '../types';

export const emptySelection: ContentSelection = { items: new Map(), folders: new Set(), query: null };

export function isSelectionEmpty(selection: ContentSelection): boolean {
  return selection.items.size === 0 && selection.folders.size === 0 && selection.query === null;
}

/**
 * Applies the grid's new set of selected ids for the rows on screen: rows of this page follow `selectedIds`,
 * items picked on other pages stay.
 */
export function withPageSelection(selection: ContentSelection, pageRows: readonly ContentItem[], selectedIds: ReadonlySet<string>): ContentSelection {
  return { ...selection, items: withPagePicks(selection.items, pageRows, (row) => row.id, { type: 'include', ids: selectedIds }) };
}

/** The selection in words, e.g. "3 items, the folder “Roads”, everything matching “parcel”". */
export function describeSelection(selection: ContentSelection, folders: readonly ContentFolder[]): string {
  const parts: string[] = [];
  if (selection.query) {
    const { search, type } = selection.query;
    const filters = [search.trim() ? `“${search.trim()}”` : '', type ? `type ${type}` : ''].filter(Boolean).join(' and ');
    parts.push(filters ? `everything matching ${filters}` : 'everything the member owns');
  }
  for (const id of selection.folders) {
    parts.push(id ? `the folder “${folders.find((folder) => folder.id === id)?.title ?? id}”` : 'the root folder');
  }
  if (selection.items.size > 0) parts.push(countOf(selection.items.size, 'item'));
  return parts.join(', ');
}
