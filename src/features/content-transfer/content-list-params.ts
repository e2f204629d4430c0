import {
  type ContentListParams,
  type ContentPageSize,
  contentPageSizes,
  type ContentSortField,
  contentSortFields,
} from './types';

export const defaultContentListParams: ContentListParams = {
  folder: '',
  search: '',
  type: '',
  page: 0,
  pageSize: 25,
  sortField: 'modified',
  sortOrder: 'desc',
};

/** Reads the browser's state from the address bar, falling back to defaults for anything malformed. */
export function readContentListParams(query: URLSearchParams): ContentListParams {
  const page = Number.parseInt(query.get('page') ?? '', 10);
  const pageSize = Number.parseInt(query.get('pageSize') ?? '', 10);
  const sortField = query.get('sort') ?? '';
  const sortOrder = query.get('order');
  return {
    folder: query.get('folder') ?? '',
    search: query.get('q') ?? '',
    type: query.get('type') ?? '',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
    pageSize: contentPageSizes.includes(pageSize as ContentPageSize)
      ? (pageSize as ContentPageSize)
      : defaultContentListParams.pageSize,
    sortField: contentSortFields.includes(sortField as ContentSortField)
      ? (sortField as ContentSortField)
      : defaultContentListParams.sortField,
    sortOrder: sortOrder === 'asc' ? 'asc' : sortOrder === 'desc' ? 'desc' : defaultContentListParams.sortOrder,
  };
}

/** Writes only what differs from the defaults, so shared links stay short. */
export function writeContentListParams(params: ContentListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.folder) query.set('folder', params.folder);
  if (params.search) query.set('q', params.search);
  if (params.type) query.set('type', params.type);
  if (params.page > 0) query.set('page', String(params.page + 1));
  if (params.pageSize !== defaultContentListParams.pageSize) query.set('pageSize', String(params.pageSize));
  if (params.sortField !== defaultContentListParams.sortField || params.sortOrder !== defaultContentListParams.sortOrder) {
    query.set('sort', params.sortField);
    query.set('order', params.sortOrder);
  }
  return query;
}

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
