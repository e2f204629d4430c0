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
};

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
  };
}

/** Writes only what differs from the defaults, so shared links stay short. */
export function writeMemberListParams(params: MemberListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) query.set('q', params.search);
  if (params.page > 0) query.set('page', String(params.page + 1));
  if (params.pageSize !== defaultMemberListParams.pageSize) query.set('pageSize', String(params.pageSize));
  if (params.sortField !== defaultMemberListParams.sortField || params.sortOrder !== defaultMemberListParams.sortOrder) {
    query.set('sort', params.sortField);
    query.set('order', params.sortOrder);
  }
  return query;
}
