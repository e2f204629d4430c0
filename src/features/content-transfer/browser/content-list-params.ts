import { defineListParams, textFilter } from '@/lib/list-params/define-list-params';

import { type ContentListParams, type ContentSortField, contentSortFields } from '../types';

/** The content browser's state in the URL. */
export const contentListParams = defineListParams({
  sortFields: contentSortFields,
  defaultSort: { field: 'modified', order: 'desc' },
  filters: { folder: textFilter('folder'), search: textFilter('q'), type: textFilter('type') },
  replaceOn: ['search'],
});

export const defaultContentListParams: ContentListParams = contentListParams.defaults;
/** Reads the browser's state from the address bar, falling back to defaults for anything malformed. */
export const readContentListParams: (query: URLSearchParams) => ContentListParams = contentListParams.parse;
/** Writes only what differs from the defaults, so shared links stay short. */
export const writeContentListParams: (params: ContentListParams) => URLSearchParams = contentListParams.serialize;

/** A search or type filter looks through every folder (the portal's `search`); otherwise one folder is listed. */
export function isSearching(params: Pick<ContentListParams, 'search' | 'type'>): boolean {
  return params.search.trim() !== '' || params.type !== '';
}

/**
 * The columns the portal's item `search` can sort by. Its documented sort fields are title, created, type, owner,
 * modified, avgrating, numratings, numcomments and numviews: not size.
 */
const searchSortFields: ReadonlySet<ContentSortField> = new Set<ContentSortField>(['title', 'type', 'modified']);

/** Whether the browser can sort by `field`: any column in a folder (sorted here), search sort fields in a search. */
export function canSortContentBy(field: ContentSortField, searching: boolean): boolean {
  return !searching || searchSortFields.has(field);
}

/**
 * The sort actually applied, for the request and for the grid's sort arrow: the one asked for, or the default
 * (modified, newest first) when a search cannot sort by it. The URL keeps what was asked for.
 */
export function effectiveContentSort(
  params: Pick<ContentListParams, 'search' | 'type' | 'sortField' | 'sortOrder'>,
): Pick<ContentListParams, 'sortField' | 'sortOrder'> {
  if (canSortContentBy(params.sortField, isSearching(params))) return { sortField: params.sortField, sortOrder: params.sortOrder };
  return { sortField: defaultContentListParams.sortField, sortOrder: defaultContentListParams.sortOrder };
}
