import type { ContentItem, ContentListParams, ContentPage, ContentSortField } from '../types';

/** Case-insensitive (accents still count), the way a reader expects a title column to be ordered. */
const collator = new Intl.Collator(undefined, { sensitivity: 'accent' });

const byField: Record<ContentSortField, (a: ContentItem, b: ContentItem) => number> = {
  title: (a, b) => collator.compare(a.title, b.title),
  type: (a, b) => collator.compare(a.type, b.type),
  modified: (a, b) => a.modified - b.modified,
  size: (a, b) => a.size - b.size,
};

/** Ties (and equal titles) always fall back to title, then id, ascending: the same order on every read. */
function tieBreak(a: ContentItem, b: ContentItem): number {
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A folder's items sorted by one of the browser's columns (a new array; the input is left alone). */
export function sortFolderItems(items: readonly ContentItem[], sortField: ContentSortField, sortOrder: 'asc' | 'desc'): ContentItem[] {
  const direction = sortOrder === 'desc' ? -1 : 1;
  const compare = byField[sortField];
  return [...items].sort((a, b) => direction * compare(a, b) || tieBreak(a, b));
}

/**
 * One page of a whole folder, sorted and sliced here: `content/users/{u}[/{folder}]` documents only
 * `start`/`num`, so a sort sent to it may be ignored by the portal. Pages are 0-based, as in the URL state.
 */
export function pageOfFolder(
  items: readonly ContentItem[],
  params: Pick<ContentListParams, 'page' | 'sortField' | 'sortOrder'> & { pageSize: number },
): ContentPage {
  const start = params.page * params.pageSize;
  return {
    items: sortFolderItems(items, params.sortField, params.sortOrder).slice(start, start + params.pageSize),
    total: items.length,
  };
}
