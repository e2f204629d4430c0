import { type ListPageSize, listPageSizes } from './page-sizes';

export type SortOrder = 'asc' | 'desc';

/** How one filter reads its URL key and writes it back; the empty value is never written, so links stay short. */
export type ListFilter<T> = { key: string; empty: T; read: (raw: string | null) => T };

/** The paging and sorting every list shares; the filters (a search box is one) come beside them. */
export type ListPaging<S extends string> = { page: number; pageSize: ListPageSize; sortField: S; sortOrder: SortOrder };

export type ListState<S extends string, F> = ListPaging<S> & F;

/** Reads and writes one list's state in the URL; anything malformed reads as its default. */
export type ListParamsCodec<T> = {
  defaults: T;
  parse: (query: URLSearchParams) => T;
  serialize: (state: T) => URLSearchParams;
  /** Whether a change replaces the history entry instead of adding one (typing in a search box). */
  replaces: (next: Partial<T>) => boolean;
};

type Options<S extends string, F extends object> = {
  sortFields: readonly S[];
  defaultSort: { field: S; order: SortOrder };
  pageSizes?: readonly ListPageSize[];
  defaultPageSize?: ListPageSize;
  /** Written in this order, before the paging. */
  filters: { [K in keyof F]: ListFilter<F[K]> };
  /** Put before every key, so two lists can share one URL (the group page's members use `m`). */
  keyPrefix?: string;
  /** Filters typed a letter at a time: their changes replace the history entry. */
  replaceOn?: readonly (keyof F)[];
  /** The URL key of the page size, where links already use another one. */
  pageSizeKey?: string;
};

/** A text filter, kept when `accept` takes it (ids, dates) and read as '' otherwise. */
export function textFilter(key: string, accept: (value: string) => boolean = () => true): ListFilter<string> {
  return { key, empty: '', read: (raw) => (raw !== null && accept(raw) ? raw : '') };
}

/** One of a few words, or '' for anything else. */
export function choiceFilter<T extends string>(key: string, allowed: readonly T[]): ListFilter<T | ''> {
  return { key, empty: '', read: (raw) => (allowed.includes(raw as T) ? (raw as T) : '') };
}

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * One list's state in the URL: the page (1-based in the URL), its size, the sort and typed filters. Only what
 * differs from the defaults is written, so shared links stay short.
 */
export function defineListParams<S extends string, F extends object>(options: Options<S, F>): ListParamsCodec<ListState<S, F>> {
  const { sortFields, defaultSort, pageSizes = listPageSizes, defaultPageSize = 25, keyPrefix = '', replaceOn = [] } = options;
  const filters = Object.entries(options.filters) as [keyof F & string, ListFilter<unknown>][];
  const key = (name: string) => `${keyPrefix}${name}`;
  const pageSizeKey = key(options.pageSizeKey ?? 'pageSize');
  const emptyFilters = Object.fromEntries(filters.map(([field, filter]) => [field, filter.empty])) as F;
  const defaults = {
    ...emptyFilters,
    page: 0,
    pageSize: defaultPageSize,
    sortField: defaultSort.field,
    sortOrder: defaultSort.order,
  } as ListState<S, F>;

  const parse = (query: URLSearchParams): ListState<S, F> => {
    const page = Number.parseInt(query.get(key('page')) ?? '', 10);
    const pageSize = Number.parseInt(query.get(pageSizeKey) ?? '', 10);
    const sortField = query.get(key('sort')) ?? '';
    const sortOrder = query.get(key('order'));
    const read = Object.fromEntries(filters.map(([field, filter]) => [field, filter.read(query.get(key(filter.key)))])) as F;
    return {
      ...read,
      page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
      pageSize: pageSizes.includes(pageSize as ListPageSize) ? (pageSize as ListPageSize) : defaultPageSize,
      sortField: sortFields.includes(sortField as S) ? (sortField as S) : defaultSort.field,
      sortOrder: sortOrder === 'asc' || sortOrder === 'desc' ? sortOrder : defaultSort.order,
    };
  };

  const serialize = (state: ListState<S, F>): URLSearchParams => {
    const query = new URLSearchParams();
    for (const [field, filter] of filters) {
      const value = state[field];
      if (value !== filter.empty && value !== undefined && value !== null) query.set(key(filter.key), String(value));
    }
    if (state.page > 0) query.set(key('page'), String(state.page + 1));
    if (state.pageSize !== defaultPageSize) query.set(pageSizeKey, String(state.pageSize));
    if (state.sortField !== defaultSort.field || state.sortOrder !== defaultSort.order) {
      query.set(key('sort'), state.sortField);
      query.set(key('order'), state.sortOrder);
    }
    return query;
  };

  const replaces = (next: Partial<ListState<S, F>>) => replaceOn.some((field) => field in next);

  return { defaults, parse, serialize, replaces };
}
