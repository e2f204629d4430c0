import { type MemberFilters, noMemberFilters } from './member-filters';
import {
  type MemberListParams,
  type MemberPageSize,
  memberPageSizes,
  type MemberSortField,
  memberSortFields,
} from './types';

export const defaultMemberListParams: MemberListParams = {
  search: '',
  page: 0,
  pageSize: 25,
  sortField: 'username',
  sortOrder: 'asc',
  filters: noMemberFilters,
};

/** URL key for each filter; values are ids or short words, so links stay readable. */
const filterKeys: Record<keyof MemberFilters, string> = {
  role: 'role',
  userType: 'type',
  lastLogin: 'login',
  lastLoginFrom: 'from',
  lastLoginTo: 'to',
  status: 'status',
  provider: 'idp',
  group: 'group',
  category: 'category',
  createdFrom: 'createdFrom',
  createdTo: 'createdTo',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return allowed.includes(value as T) ? (value as T) : '';
}

function readFilters(query: URLSearchParams): MemberFilters {
  const date = (key: string) => {
    const value = query.get(key) ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  };
  return {
    role: query.get(filterKeys.role) ?? '',
    userType: query.get(filterKeys.userType) ?? '',
    lastLogin: oneOf(query.get(filterKeys.lastLogin), ['never', '30', '90', '365', 'range'] as const),
    lastLoginFrom: date(filterKeys.lastLoginFrom),
    lastLoginTo: date(filterKeys.lastLoginTo),
    status: oneOf(query.get(filterKeys.status), ['active', 'disabled'] as const),
    provider: oneOf(query.get(filterKeys.provider), ['arcgis', 'enterprise'] as const),
    group: /^[\w-]+$/.test(query.get(filterKeys.group) ?? '') ? (query.get(filterKeys.group) ?? '') : '',
    category: (query.get(filterKeys.category) ?? '').startsWith('/') ? (query.get(filterKeys.category) ?? '') : '',
    createdFrom: date(filterKeys.createdFrom),
    createdTo: date(filterKeys.createdTo),
  };
}

/** Reads table state from the address bar, falling back to defaults for anything malformed. */
export function readMemberListParams(query: URLSearchParams): MemberListParams {
  const page = Number.parseInt(query.get('page') ?? '', 10);
  const pageSize = Number.parseInt(query.get('pageSize') ?? '', 10);
  const sortField = query.get('sort') ?? '';
  const sortOrder = query.get('order');
  return {
    search: query.get('q') ?? '',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
    pageSize: memberPageSizes.includes(pageSize as MemberPageSize)
      ? (pageSize as MemberPageSize)
      : defaultMemberListParams.pageSize,
    sortField: memberSortFields.includes(sortField as MemberSortField)
      ? (sortField as MemberSortField)
      : defaultMemberListParams.sortField,
    sortOrder: sortOrder === 'desc' ? 'desc' : sortOrder === 'asc' ? 'asc' : defaultMemberListParams.sortOrder,
    filters: readFilters(query),
  };
}

/** Writes only what differs from the defaults, so shared links stay short. */
export function writeMemberListParams(params: MemberListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) query.set('q', params.search);
  for (const [field, key] of Object.entries(filterKeys) as [keyof MemberFilters, string][]) {
    if (params.filters[field]) query.set(key, params.filters[field]);
  }
  if (params.page > 0) query.set('page', String(params.page + 1));
  if (params.pageSize !== defaultMemberListParams.pageSize) query.set('pageSize', String(params.pageSize));
  if (params.sortField !== defaultMemberListParams.sortField || params.sortOrder !== defaultMemberListParams.sortOrder) {
    query.set('sort', params.sortField);
    query.set('order', params.sortOrder);
  }
  return query;
}
